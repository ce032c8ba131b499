import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block, Deck } from '../../../src/deck/types.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { LESSON_PATH as LESSON } from '../../support/decks.js';

const BUNDLED = fileURLToPath(new URL('../../../slides/03-kvm-vs-lxc.md', import.meta.url));

function fromFile(path: string): Deck {
  return deckFromText(readFileSync(path, 'utf8'), path, path);
}

function blockOf<K extends Block['kind']>(block: Block | undefined, kind: K): Extract<Block, { kind: K }> {
  expect(block?.kind).toBe(kind);
  return block as Extract<Block, { kind: K }>;
}

/** 1-based number of the first line of `text` that satisfies `test`. */
function lineOf(text: string, test: (line: string) => boolean): number {
  return text.split('\n').findIndex(test) + 1;
}

describe("a lesson in the course lesson's shape (test/fixtures/course/03-pengantar-kvm-vs-lxc.md)", () => {
  const text = readFileSync(LESSON, 'utf8');
  const deck = fromFile(LESSON);

  it('has exactly 7 slides with the titles in order (VS16 removed from ⚖️)', () => {
    expect(deck.slides.map((s) => s.title)).toEqual([
      '🧩 #3 - Pengantar KVM vs LXC',
      '🏰 Analogi Sederhana: Rumah vs Kamar',
      '🧠 Apa Itu KVM?',
      '📦 Apa Itu LXC?',
      '⚖ Perbandingan Cepat',
      '💡 Kapan Pakai KVM, Kapan LXC?',
      '',
    ]);
    expect(deck.slides[4]?.title).not.toContain('\uFE0F');
  });

  it('takes the deck title from the first slide when there is no front matter', () => {
    expect(deck.meta.title).toBe('🧩 #3 - Pengantar KVM vs LXC');
    expect(deck.meta.lang).toBeUndefined();
  });

  it('keeps headings out of the blocks and every slide in one step', () => {
    for (const slide of deck.slides) {
      expect(slide.steps).toHaveLength(1);
      expect(slide.notes).toBe('');
    }
    // The "🧙♂️" of the intro loses its ZWJ and VS16 but keeps its pictures.
    const intro = blockOf(deck.slides[0]?.steps[0]?.[0], 'prose');
    expect(intro.text).toContain('🧙♂');
    expect(intro.text).not.toMatch(/[\u200D\uFE0F]/);
  });

  it('drops the VS16 of every emoji, in prose (🛠️) as in titles (⚖️)', () => {
    expect(text).toContain('🛠\uFE0F Artinya:');
    const prose = deck.slides.flatMap((s) => s.steps.flat()).filter((b) => b.kind === 'prose');
    expect(prose.some((b) => b.text.startsWith('🛠 Artinya:'))).toBe(true);
    for (const block of prose) expect(block.text).not.toContain('\uFE0F');
  });

  it('reads the comparison table of slide 5', () => {
    const blocks = deck.slides[4]?.steps[0] ?? [];
    expect(blocks).toHaveLength(1);
    const table = blockOf(blocks[0], 'table');
    expect(table.header).toEqual(['Fitur', 'KVM', 'LXC']);
    expect(table.rows).toHaveLength(5);
    expect(table.rows.map((r) => r[0])).toEqual(['OS', 'Kernel', 'Isolasi', 'Performa', 'Manajemen']);
    expect(table.rows[0]).toEqual(['OS', 'Bisa Linux & Windows', 'Hanya Linux']);
    expect(table.align).toEqual(['left', 'left', 'left']);
  });

  it('attaches each list to the "Artinya:" / "Cocok untuk:" line written right above it', () => {
    const blocks = deck.slides[2]?.steps[0] ?? [];
    expect(blocks.map((b) => b.kind)).toEqual(['prose', 'prose', 'list', 'prose', 'list']);
    expect(blocks[1]?.attached).toBeUndefined();
    expect(blocks[2]?.attached).toBe(true);
    expect(blocks[4]?.attached).toBe(true);
    expect(blockOf(blocks[2], 'list').items).toHaveLength(3);
  });

  it('gives each titled slide the 1-based line of its heading', () => {
    expect(deck.slides.slice(0, 6).map((s) => s.source.line)).toEqual([1, 11, 21, 37, 53, 65]);
    const lines = text.split('\n');
    for (const slide of deck.slides.slice(0, 6)) {
      expect(lines[slide.source.line - 1]).toMatch(/^#{1,2} /);
    }
  });

  it('gives the last slide (no heading) the line where its content starts', () => {
    // Line 77 is the `---` that ends slide 6; the slide's first line is "🎯 Siap lanjut…".
    expect(lineOf(text, (l) => l.startsWith('🎯 Siap lanjut'))).toBe(79);
    expect(deck.slides[6]?.source.line).toBe(79);
  });

  it('keeps the link to the next lesson as inline Markdown on the last slide', () => {
    const blocks = deck.slides[6]?.steps[0] ?? [];
    expect(blocks).toHaveLength(2);
    expect(blockOf(blocks[1], 'prose').text).toContain('[#4 - Mengenal Proxmox VE.md](./#4%20-%20Mengenal%20Proxmox%20VE.md)');
  });
});

describe('the bundled deck slides/03-kvm-vs-lxc.md', () => {
  const deck = fromFile(BUNDLED);
  const text = readFileSync(BUNDLED, 'utf8');
  const slideTitled = (title: string) => {
    const slide = deck.slides.find((s) => s.title === title);
    expect(slide, title).toBeDefined();
    return slide!;
  };

  it('reads its front matter', () => {
    expect(deck.meta.title).toBe('KVM vs LXC');
    expect(deck.meta.lang).toBe('id');
    expect(deck.meta.author).toBe('lectern');
    expect(deck.meta.source).toBe(BUNDLED);
  });

  it('is cut into small slides that each hold one idea, in the order of the lesson', () => {
    expect(deck.slides.map((s) => s.title)).toEqual([
      'KVM vs LXC',
      '🏢 Analogi: gedung, rumah, dan kamar',
      '🏠 KVM: rumah di dalam gedung',
      '🚪 LXC: kamar sewaan',
      '🧠 Apa itu KVM?',
      '🧠 KVM pas dipakai untuk',
      '📦 Apa itu LXC?',
      '📦 LXC pas dipakai untuk',
      '⚖ Perbandingan: dasar',
      '⚖ Perbandingan: pemakaian',
      '💡 Pilih KVM kalau kamu…',
      '💡 Pilih LXC kalau kamu…',
      '🏢 Intip dari shell Proxmox',
      '🔍 Satu host, dua penghuni',
      '🎯 Sampai jumpa!',
    ]);
    // A pause reveals the answer after the question: the analogy's two ways, KVM's and LXC's traits.
    expect(deck.slides.map((s) => s.steps.length)).toEqual([1, 2, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('counts lines from the top of the file, front matter included', () => {
    expect(deck.slides[0]?.source.line).toBe(7);
    expect(text.split('\n')[6]).toBe('# KVM vs LXC');
    // A slide after a break starts at its first line of content (its heading), as an editor numbers it.
    deck.slides.slice(1).forEach((slide) => {
      expect(text.split('\n')[slide.source.line - 1], slide.title).toBe(`## ${slide.title}`);
    });
    expect(deck.slides[1]?.source.line).toBe(24);
  });

  it('draws each side of the analogy as ASCII art kept verbatim: a wide variant and one for 40 columns', () => {
    for (const [title, first] of [
      ['🏠 KVM: rumah di dalam gedung', '│    kernel          kernel          kernel     │'],
      ['🚪 LXC: kamar sewaan', '│   listrik & air bersama                       │'],
    ] as const) {
      const blocks = slideTitled(title).steps[0] ?? [];
      expect(blocks.map((b) => b.kind)).toEqual(['art']);
      const art = blockOf(blocks[0], 'art');
      expect(art.variants).toHaveLength(2);
      const [wide, narrow] = art.variants.map((v) => v.split('\n'));
      expect(wide).toContain(first);
      expect(wide?.[0]).toMatch(/^┌─ GEDUNG = server fisik ─+┐$/);
      expect(narrow?.[0]).toMatch(/^┌─ GEDUNG = server fisik ─+┐$/);
      // The narrow one fits a 40x12 screen under the title (34 columns of 36, 8 lines of 8).
      expect(Math.max(...(narrow ?? []).map((l) => [...l].length))).toBe(34);
      expect(narrow).toHaveLength(8);
      expect(Math.max(...(wide ?? []).map((l) => [...l].length))).toBeGreaterThan(36);
    }
  });

  it('compares KVM and LXC in two tables of three rows, the full wording in the notes', () => {
    const basics = slideTitled('⚖ Perbandingan: dasar');
    const use = slideTitled('⚖ Perbandingan: pemakaian');
    const [a, b] = [basics, use].map((s) => blockOf(s.steps[0]?.[0], 'table'));
    expect(a?.header).toEqual(['Fitur', 'KVM', 'LXC']);
    expect(a?.rows.map((r) => r[0])).toEqual(['OS tamu', 'Kernel', 'Isolasi']);
    expect(b?.header).toEqual(['Fitur', 'KVM', 'LXC']);
    expect(b?.rows.map((r) => r[0])).toEqual(['Bobot', 'Seperti', 'Cocok']);
    expect(basics.notes).toContain('KVM menjalankan Linux & Windows; LXC hanya Linux');
    expect(use.notes).toContain('LXC untuk banyak service kecil');
  });

  it('keeps what a slide cannot hold in the speaker notes', () => {
    expect(deck.slides.filter((s) => s.notes === '').map((s) => s.title)).toEqual([]);
    expect(slideTitled('🧠 Apa itu KVM?').notes).toContain('Windows, Ubuntu, CentOS, dan lainnya');
    expect(slideTitled('📦 Apa itu LXC?').notes).toContain('Ubuntu, Debian, Alpine, dan kawan-kawan');
    expect(slideTitled('🏢 Intip dari shell Proxmox').notes).toContain('tiap jenis punya perintahnya sendiri');
  });

  it('has a bash code block on the shell slide', () => {
    const code = blockOf(
      slideTitled('🏢 Intip dari shell Proxmox').steps[0]?.find((b) => b.kind === 'code'),
      'code',
    );
    expect(code.lang).toBe('bash');
    expect(code.text).toContain('pct list');
    expect(code.text).toContain('qm list');
  });

  it('gives the picture a slide of its own and ends with the next lesson', () => {
    const picture = slideTitled('🔍 Satu host, dua penghuni').steps[0] ?? [];
    expect(picture.map((b) => b.kind)).toEqual(['image']);
    expect(blockOf(picture[0], 'image').src).toBe('img/proxmox-host.png');
    const last = deck.slides.at(-1)?.steps[0] ?? [];
    expect(last.map((b) => (b.kind === 'prose' ? b.text : b.kind)).join('\n')).toContain('#4 - Mengenal Proxmox VE');
  });
});
