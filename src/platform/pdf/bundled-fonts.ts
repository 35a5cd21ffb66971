import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The font family every PDF of the app uses: Noto Sans Hans (思源黑体), shipped as a package. */
export const PDF_FONT = 'NotoSansSC';

/** The slice of pdfmake's in-memory file system that fonts are registered in. */
export interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}

const FILES = {
  normal: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
} as const;

/**
 * The directory of the bundled OTF files. The package's `exports` hide package.json, so its
 * entry point is resolved and the fonts found beside it (dist/ → fonts/).
 */
export function bundledFontDir(): string {
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts');
}

/**
 * Loads the fonts into pdfmake's virtual file system once per process (8 MB each: read from
 * disk once, then every document takes them from memory) and returns the font dictionary.
 * pdfmake only accepts file names here (a Buffer breaks its URL resolver), hence the vfs.
 * Italics map to the upright faces: Chinese has no italic, and the family has none.
 */
export function registerBundledFonts(vfs: VirtualFs) {
  const dir = bundledFontDir();
  const names = { normal: `fonts/${FILES.normal}`, bold: `fonts/${FILES.bold}` };
  for (const face of ['normal', 'bold'] as const) {
    if (!vfs.existsSync(names[face]))
      vfs.writeFileSync(names[face], readFileSync(path.join(dir, FILES[face])));
  }
  return {
    [PDF_FONT]: {
      normal: names.normal,
      bold: names.bold,
      italics: names.normal,
      bolditalics: names.bold,
    },
  };
}
