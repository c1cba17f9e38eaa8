/**
 * A screenshot made small enough to commit: the PNG's colours reduced to a palette of at most 256 (an indexed
 * PNG, a third of the bytes or less), with UPNG.js. Pages of flat colours and text have a few thousand colours,
 * nearly all of them the edges of letters, so a palette loses nothing a reader of the README would see.
 */
import UPNG from 'upng-js';

export function toPalettePng(png: Buffer): Buffer {
  const image = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  const rgba = UPNG.toRGBA8(image);
  return Buffer.from(UPNG.encode(rgba, image.width, image.height, 256));
}
