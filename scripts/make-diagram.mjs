// Draws slides/img/proxmox-host.png, the bundled deck's picture: a Proxmox host running a
// KVM virtual machine (its own guest kernel) and an LXC container (on the host's kernel).
// Pixel art at the size half blocks show it (160x90), so every terminal draws it crisply.
// Run: node scripts/make-diagram.mjs (the PNG is committed; this says how it was made).
import { writeFileSync } from 'node:fs';
import pngjs from 'pngjs';

const W = 160;
const H = 90;
const png = new pngjs.PNG({ width: W, height: H });
png.data.fill(0); // transparent: the terminal's own background shows around the host

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
function rect(x0, y0, x1, y1, color) {
  const [r, g, b] = hex(color);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = (y * W + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
}
function frame(x0, y0, x1, y1, border, fill) {
  rect(x0, y0, x1, y1, border);
  rect(x0 + 2, y0 + 2, x1 - 2, y1 - 2, fill);
}

// A 3x5 pixel font for the labels, drawn at twice its size.
const FONT = {
  K: ['101', '101', '110', '101', '101'],
  E: ['111', '100', '110', '100', '111'],
  R: ['110', '101', '110', '101', '101'],
  N: ['101', '111', '111', '111', '101'],
  L: ['100', '100', '100', '100', '111'],
  V: ['101', '101', '101', '101', '010'],
  M: ['101', '111', '111', '101', '101'],
  C: ['111', '100', '100', '100', '111'],
  T: ['111', '010', '010', '010', '010'],
  O: ['111', '101', '101', '101', '111'],
  S: ['111', '100', '111', '001', '111'],
  X: ['101', '101', '010', '101', '101'],
  P: ['110', '101', '110', '100', '100'],
  H: ['101', '101', '111', '101', '101'],
  A: ['010', '101', '111', '101', '101'],
  ' ': ['000', '000', '000', '000', '000'],
};
function text(x, y, label, color, scale = 2) {
  [...label].forEach((ch, n) => {
    (FONT[ch] ?? FONT[' ']).forEach((row, dy) => {
      [...row].forEach((bit, dx) => {
        if (bit === '1') rect(x + (n * 4 + dx) * scale, y + dy * scale, x + (n * 4 + dx) * scale + scale - 1, y + dy * scale + scale - 1, color);
      });
    });
  });
}
const app = (x, y, color) => rect(x, y, x + 9, y + 7, color);

// The host and its kernel, which the container shares.
frame(0, 0, W - 1, H - 1, '#e57000', '#2a2118');
rect(4, 73, W - 5, H - 4, '#e57000');
text(6, 75, 'HOST KERNEL', '#1b1410');
// The virtual machine: hardware emulated by KVM, a whole guest OS with its own kernel.
frame(5, 5, 76, 69, '#4f8ff7', '#16233d');
text(10, 9, 'VM', '#9cc2ff');
text(36, 9, 'KVM', '#4f8ff7');
app(11, 28, '#9cc2ff');
app(24, 28, '#9cc2ff');
app(37, 28, '#9cc2ff');
rect(9, 44, 72, 52, '#2f5fb3');
text(11, 45, 'OS', '#d6e4ff', 1);
rect(9, 56, 72, 65, '#1d3f80');
text(11, 57, 'KERNEL', '#9cc2ff', 1);
// The container: its processes run on the host's kernel directly.
frame(82, 24, W - 6, 69, '#3fbf6a', '#14301e');
text(87, 28, 'CT', '#a6f0bf');
text(113, 28, 'LXC', '#3fbf6a');
app(88, 48, '#a6f0bf');
app(101, 48, '#a6f0bf');
app(114, 48, '#a6f0bf');
app(127, 48, '#a6f0bf');

const out = new URL('../slides/img/proxmox-host.png', import.meta.url);
writeFileSync(out, pngjs.PNG.sync.write(png, { colorType: 6 }));
console.log(`wrote ${out.pathname} (${W}x${H})`);
