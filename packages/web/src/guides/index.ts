import type { Guide } from './guide.js';

/**
 * The guides per certificate type, each its own module loaded when a guide is opened, so that the certificate
 * page's JavaScript does not carry them.
 */
const LOADERS: Readonly<Record<string, () => Promise<{ guide: Guide }>>> = {
  lisjp: () => import('./lisjp.js'),
  ag7804: () => import('./ag7804.js'),
  ag114: () => import('./ag114.js'),
  luse: () => import('./luse.js'),
  luae_na: () => import('./luae_na.js'),
  luae_fs: () => import('./luae_fs.js'),
  'ts-bas': () => import('./ts-bas.js'),
  'ts-diabetes': () => import('./ts-diabetes.js'),
};

/** The types with a guide, in the order the guides are listed. */
export const GUIDE_TYPES: readonly string[] = Object.keys(LOADERS);

export const hasGuide = (type: string): boolean => Object.hasOwn(LOADERS, type);

/** The guide to `type`; undefined when there is none. */
export async function loadGuide(type: string): Promise<Guide | undefined> {
  const load = hasGuide(type) ? LOADERS[type] : undefined;
  return load ? (await load()).guide : undefined;
}
