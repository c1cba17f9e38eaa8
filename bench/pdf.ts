/**
 * `npm run bench:pdf -w @intyg/bench` (and part of `npm run bench`): PDF printouts in one process on one
 * core. Renders the maximal lisjp fixture as a signed certificate with its QR code, and in the same run a
 * baseline: a bare pdf-lib one-page document with one line of standard Helvetica. Prints PDFs/s, p50/p99 ms
 * per render, CPU ms per render and the byte size, and writes bench/results/pdf.json.
 * Targets (issue 5): at least 100 lisjp PDFs/s, the maximal lisjp PDF under 100 KB.
 */
import { certificateFixtures, getModel } from '@intyg/certificate-types';
import { compileModel, type Certificate } from '@intyg/core';
import { renderCertificatePdf } from '@intyg/pdf';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { percentile, round, writeResults } from './support.js';

const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 500);
const WARM_UP = Number(process.env.BENCH_PDF_WARM_UP ?? 100);
const TARGETS = { pdfsPerSecond: 100, maxBytes: 100 * 1024 };

interface Figure {
  name: string;
  pdfsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Process CPU time (user + system) per render: steadier than wall time on a shared VM. */
  cpuMsPerRender: number;
  bytes: number;
  pages: number;
  ratio?: number;
}

async function main(): Promise<void> {
  const fixtures = certificateFixtures['lisjp/2.0']!;
  const compiled = compileModel(getModel('lisjp', '2.0')!);
  const id = '0195e7a2-7c1f-7b3c-9a2e-123456789abc';
  const signedAt = `${fixtures.today}T10:00:00.000Z`;
  const certificate: Certificate = {
    id,
    type: 'lisjp',
    version: '2.0',
    status: 'signed',
    complete: true,
    readyForSign: false,
    revision: 3,
    patient: { personId: '191212121212', name: 'Tolvan Tolvansson' },
    unit: {
      unitId: 'TSTNMT2321000156-ALVC',
      unitName: 'Alfa Vårdcentral',
      careProviderId: 'TSTNMT2321000156-ALFA',
      careProviderName: 'Alfa Regionen',
    },
    createdBy: { userId: 'ajla', hsaId: 'TSTNMT2321000156-DRAA', name: 'Ajla Doktor' },
    signedBy: { userId: 'ajla', hsaId: 'TSTNMT2321000156-DRAA', name: 'Ajla Doktor' },
    answers: fixtures.maximal,
    createdAt: signedAt,
    updatedAt: signedAt,
    signedAt,
    signature: 'header.payload.signature',
  };
  const options = { protectedIdentity: false, verificationUrl: `https://intyg.example.se/verify/${id}` };

  const baseline = await measure('baseline: bare pdf-lib, one page, one line of Helvetica', async () => {
    const doc = await PDFDocument.create();
    const font = doc.embedStandardFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Läkarintyg för sjukpenning', { x: 56, y: 780, size: 12, font });
    return doc.save();
  });
  const lisjp = await measure('lisjp 2.0, maximal fixture, signed with QR code', () =>
    renderCertificatePdf(compiled, certificate, options),
  );
  lisjp.ratio = round(lisjp.pdfsPerSecond / baseline.pdfsPerSecond, 3);
  report([baseline, lisjp]);
}

async function measure(name: string, render: () => Promise<Uint8Array>): Promise<Figure> {
  for (let i = 0; i < WARM_UP; i++) await render();
  const times: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    bytes = await render();
    times.push(performance.now() - t0);
  }
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  return {
    name,
    pdfsPerSecond: round((RUNS * 1000) / elapsedMs, 0),
    p50Ms: round(percentile(times, 50), 2),
    p99Ms: round(percentile(times, 99), 2),
    cpuMsPerRender: round((cpu.user + cpu.system) / 1000 / RUNS, 2),
    bytes: bytes.byteLength,
    pages: (await PDFDocument.load(bytes)).getPageCount(),
  };
}

function report(figures: Figure[]): void {
  console.table(
    figures.map((f) => ({
      benchmark: f.name,
      'PDFs/s': f.pdfsPerSecond,
      'p50 ms': f.p50Ms,
      'p99 ms': f.p99Ms,
      'CPU ms/PDF': f.cpuMsPerRender,
      bytes: f.bytes,
      pages: f.pages,
      'ratio to baseline': f.ratio ?? 1,
    })),
  );
  const lisjp = figures[1]!;
  const met = { pdfsPerSecond: lisjp.pdfsPerSecond >= TARGETS.pdfsPerSecond, size: lisjp.bytes < TARGETS.maxBytes };
  console.log('targets:', TARGETS, 'met:', met);
  writeResults('pdf.json', { runs: RUNS, warmUp: WARM_UP, targets: TARGETS, met, figures });
}

await main();
