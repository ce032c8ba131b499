/**
 * Every word the interface itself says, in the languages lessons are written in. The
 * lesson's front matter `lang:` picks them, then the LANG environment, then English.
 */
export interface UiStrings {
  lang: 'en' | 'id';
  more: string;
  top: string;
  step: (n: number, of: number) => string;
  /** Which page of a slide taller than the screen a printed Frame is. */
  page: (n: number, of: number) => string;
  goTo: (digits: string) => string;
  noSlide: (n: number, count: number) => string;
  helpTitle: string;
  keys: readonly (readonly [string, string])[];
  searchPrompt: (query: string) => string;
  notFound: (query: string) => string;
  overviewTitle: string;
  overviewHint: string;
  resumePrompt: (slide: number, count: number) => string;
  reloadFailed: (reason: string) => string;
  reloaded: string;
  endOfLesson: string;
  nextLesson: (title: string) => string;
  lessonMissing: (target: string) => string;
  linksTitle: string;
  followHint: string;
  courseTitle: string;
  /** An exported page's buttons: the slide before, the slide after, revealing pauses step by step. */
  previous: string;
  next: string;
  pauses: string;
  notesTitle: string;
  noNotes: string;
  nextSlide: string;
  lastSlide: string;
  elapsed: string;
  clock: string;
  waitingForPresenter: string;
  /** How many remote viewers watch (the presenter's status bar). */
  viewers: (n: number) => string;
  /** Said to a viewer turned away because the room is full. */
  serverFull: (max: number) => string;
  /** What `f` does for a remote viewer (its help overlay). */
  followPresenterHelp: string;
  /** A browsing viewer's status bar: where the presenter is, and how to go there. */
  presenterAt: (slide: number, count: number) => string;
  /** Said to every viewer when the presentation ends. */
  goodbye: string;
}

const en: UiStrings = {
  lang: 'en',
  more: '↓ more',
  top: '↑ top',
  step: (n, of) => `step ${n}/${of}`,
  page: (n, of) => `page ${n}/${of}`,
  goTo: (digits) => `Go to slide: ${digits}`,
  noSlide: (n, count) => `No slide ${n} (1–${count})`,
  helpTitle: 'Keys',
  keys: [
    ['→ l', 'next step / slide'],
    ['↓ j · space PgDn', 'scroll a tall slide (line · page), then next'],
    ['← h · ↑ k PgUp', 'back (↑ scrolls back first)'],
    ['Home g / End G', 'first / last slide'],
    ['number + Enter', 'go to slide'],
    ['o', 'overview of all slides'],
    ['/ · n', 'search · next match'],
    ['f', 'follow a link to another lesson'],
    ['?', 'this help (any key closes it)'],
    ['q Esc Ctrl-C', 'quit'],
  ],
  searchPrompt: (query) => `Search: ${query}`,
  notFound: (query) => `Not found: ${query}`,
  overviewTitle: 'Slides',
  overviewHint: '↑↓ choose · Enter go · Esc close',
  resumePrompt: (slide, count) => `Continue at slide ${slide}/${count}? Enter: yes · Esc: from the start`,
  reloadFailed: (reason) => `Reload failed, showing the last good version: ${reason}`,
  reloaded: 'Reloaded',
  endOfLesson: 'End of the lesson',
  nextLesson: (title) => `End of the lesson · → next: ${title}`,
  lessonMissing: (target) => `Lesson not found: ${target}`,
  linksTitle: 'Links',
  followHint: 'f: follow',
  courseTitle: 'Lessons',
  previous: 'Previous slide',
  next: 'Next slide',
  pauses: 'Step through pauses',
  notesTitle: 'Notes',
  noNotes: '(no notes for this slide)',
  nextSlide: 'Next',
  lastSlide: '(last slide)',
  elapsed: 'Elapsed',
  clock: 'Time',
  waitingForPresenter: 'Waiting for the presenter… (start lectern on the same deck)',
  viewers: (n) => (n === 1 ? '1 viewer' : `${n} viewers`),
  serverFull: (max) => `This presentation is full (room for ${max}). Try again later.`,
  followPresenterHelp: 'follow the presenter again',
  presenterAt: (slide, count) => `presenter ${slide}/${count} · f: follow`,
  goodbye: 'The presentation has ended. Thank you for watching!',
};

const id: UiStrings = {
  lang: 'id',
  more: '↓ lanjut',
  top: '↑ atas',
  step: (n, of) => `langkah ${n}/${of}`,
  page: (n, of) => `halaman ${n}/${of}`,
  goTo: (digits) => `Ke slide: ${digits}`,
  noSlide: (n, count) => `Tidak ada slide ${n} (1–${count})`,
  helpTitle: 'Tombol',
  keys: [
    ['→ l', 'langkah / slide berikutnya'],
    ['↓ j · spasi PgDn', 'gulir slide panjang (baris · halaman), lalu lanjut'],
    ['← h · ↑ k PgUp', 'kembali (↑ menggulir balik dulu)'],
    ['Home g / End G', 'slide pertama / terakhir'],
    ['angka + Enter', 'ke slide itu'],
    ['o', 'ikhtisar semua slide'],
    ['/ · n', 'cari · hasil berikutnya'],
    ['f', 'ikuti tautan ke pelajaran lain'],
    ['?', 'bantuan ini (tombol apa saja menutupnya)'],
    ['q Esc Ctrl-C', 'keluar'],
  ],
  searchPrompt: (query) => `Cari: ${query}`,
  notFound: (query) => `Tidak ditemukan: ${query}`,
  overviewTitle: 'Daftar slide',
  overviewHint: '↑↓ pilih · Enter buka · Esc tutup',
  resumePrompt: (slide, count) => `Lanjut dari slide ${slide}/${count}? Enter: ya · Esc: dari awal`,
  reloadFailed: (reason) => `Gagal memuat ulang, versi terakhir tetap tampil: ${reason}`,
  reloaded: 'Dimuat ulang',
  endOfLesson: 'Akhir pelajaran',
  nextLesson: (title) => `Akhir pelajaran · → berikutnya: ${title}`,
  lessonMissing: (target) => `Pelajaran tidak ditemukan: ${target}`,
  linksTitle: 'Tautan',
  followHint: 'f: ikuti',
  courseTitle: 'Daftar pelajaran',
  previous: 'Slide sebelumnya',
  next: 'Slide berikutnya',
  pauses: 'Langkah demi langkah',
  notesTitle: 'Catatan',
  noNotes: '(tidak ada catatan untuk slide ini)',
  nextSlide: 'Berikutnya',
  lastSlide: '(slide terakhir)',
  elapsed: 'Berjalan',
  clock: 'Jam',
  waitingForPresenter: 'Menunggu presenter… (jalankan lectern dengan dek yang sama)',
  viewers: (n) => `${n} penonton`,
  serverFull: (max) => `Presentasi ini sudah penuh (kapasitas ${max}). Coba lagi nanti.`,
  followPresenterHelp: 'ikuti presenter lagi',
  presenterAt: (slide, count) => `presenter ${slide}/${count} · f: ikuti`,
  goodbye: 'Presentasi sudah selesai. Terima kasih sudah menonton!',
};

/** The strings for a language tag such as `id`, `id_ID.UTF-8` or `en-US`; English otherwise. */
export function stringsFor(lang: string | undefined): UiStrings {
  return /^id\b/i.test((lang ?? '').replace(/_/g, '-')) ? id : en;
}

/** Picks the UI language: the lesson's front matter first, then the LANG environment. */
export function chooseStrings(deckLang: string | undefined, envLang: string | undefined): UiStrings {
  return stringsFor(deckLang ?? envLang);
}
