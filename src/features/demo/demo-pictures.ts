import { blankCanvas, fillRect, stamp, toPngDataUrl } from '../../platform/files';

const INK = [20, 30, 90] as const;

/** A deterministic generator seeded from a text (FNV-1a, then mulberry32). */
function randomFrom(text: string): () => number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  let s = h;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws a curve x(t), y(t) for t in [0, 1] with a nib whose width follows the pen's pressure. */
function stroke(
  canvas: ReturnType<typeof blankCanvas>,
  path: (t: number) => [number, number],
  radius: (t: number) => number,
  samples: number,
): void {
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const [x, y] = path(t);
    stamp(canvas, x, y, radius(t), INK);
  }
}

/**
 * A signature as the phone's pad sends it: a transparent 360×120 PNG with a looping cursive
 * stroke and an underline flourish, the same for the same name and different between names.
 */
export function signaturePngFor(signer: string, width = 360, height = 120): string {
  const rand = randomFrom(signer);
  const canvas = blankCanvas(width, height);
  const loops = 4 + Math.floor(rand() * 3);
  const [loopX, swing, ripple] = [9 + rand() * 5, 16 + rand() * 10, 4 + rand() * 4];
  const [p1, p2, k3] = [rand() * Math.PI, rand() * Math.PI, 9 + rand() * 4];
  const tilt = (rand() - 0.5) * 16;
  const across = width - 90;
  stroke(
    canvas,
    (t) => [
      30 + t * across + loopX * Math.sin(2 * Math.PI * loops * t + p1),
      height * 0.45 +
        tilt * (t - 0.5) +
        swing *
          Math.sin(2 * Math.PI * (loops + 0.5) * t + p2) *
          (0.6 + 0.4 * Math.sin(Math.PI * t)) +
        ripple * Math.sin(2 * Math.PI * k3 * t),
    ],
    (t) => 1.4 + 0.8 * Math.sin(Math.PI * t),
    4000,
  );
  const from = width * (0.3 + rand() * 0.1);
  stroke(
    canvas,
    (u) => [from + u * (width * 0.92 - from), height * 0.8 - 7 * Math.sin(Math.PI * u) - 4 * u],
    (u) => 1.8 - 1.2 * u,
    1200,
  );
  return toPngDataUrl(canvas);
}

/** A photo of a printed test page on the desk (after a printer repair): a 240×160 PNG. */
export function testPagePhoto(): string {
  const rand = randomFrom('测试页');
  const canvas = blankCanvas(240, 160);
  fillRect(canvas, { x: 0, y: 0, w: 240, h: 160 }, [176, 160, 140]); // the desk
  fillRect(canvas, { x: 52, y: 8, w: 136, h: 146 }, [250, 250, 246]); // the page
  fillRect(canvas, { x: 64, y: 18, w: 70, h: 6 }, [30, 30, 30]); // its heading
  for (let y = 32; y < 140; y += 7) {
    const w = 60 + Math.floor(rand() * 52);
    fillRect(canvas, { x: 64, y, w, h: 3 }, [70, 70, 70]);
  }
  fillRect(canvas, { x: 150, y: 118, w: 26, h: 26 }, [20, 20, 20]); // a solid black square
  return toPngDataUrl(canvas);
}
