import type { LessonProblem } from '../deck/input-error.js';

/** What a key does, as the key table (session/keymap.ts) names it; described below per language. */
export type KeyHelpId =
  | 'next'
  | 'scrollDown'
  | 'pageDown'
  | 'previous'
  | 'scrollUp'
  | 'pageUp'
  | 'first'
  | 'last'
  | 'goTo'
  | 'overview'
  | 'menu'
  | 'search'
  | 'searchNext'
  | 'follow'
  | 'followPresenter'
  | 'help'
  | 'suspend'
  | 'quit'
  | 'quitNow'
  | 'choose'
  | 'choosePage'
  | 'chooseEdge'
  | 'open'
  | 'close'
  | 'runSearch'
  | 'deleteChar'
  | 'cancel';

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
  /** What each key of the key table does, for help, usage and the README. */
  keyHelp: Record<KeyHelpId, string>;
  /** The one or two words a status or list hint uses for a key (`Esc close`). */
  hintWords: Partial<Record<KeyHelpId, string>> & { quit: string; follow: string };
  keySectionSlides: string;
  keySectionLists: string;
  keySectionSearch: string;
  /** The help's footer while more of it is on the next page. */
  helpMore: (page: number, pages: number) => string;
  /** The help's footer on its last (or only) page. */
  helpClose: string;
  /** Where in a tall slide the screen is: lines `from`–`to` of `total`. */
  linesShown: (from: number, to: number, total: number) => string;
  /** A search found its `index`-th of `total` matching slides. */
  searchMatch: (index: number, total: number, query: string) => string;
  /** Said with a match when the search went past the last slide to the first (or back). */
  searchWrapped: string;
  endOfCourse: string;
  notInCourse: string;
  searchPrompt: (query: string) => string;
  notFound: (query: string) => string;
  overviewTitle: string;
  resumePrompt: (slide: number, count: number) => string;
  reloadFailed: (reason: string) => string;
  /** Why a lesson could not be read or parsed, in this language. */
  lessonProblem: (problem: LessonProblem) => string;
  /** Under a notice that stays until a key is pressed. */
  noticeClose: string;
  reloaded: string;
  endOfLesson: string;
  nextLesson: (title: string) => string;
  lessonMissing: (target: string) => string;
  linksTitle: string;
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
  /** Said to a viewer turned away because its network address has its share of the room. */
  addressFull: (max: number) => string;
  /** What `f` does for a remote viewer (its help overlay). */
  followPresenterHelp: string;
  /** The first slide's status bar when the lesson's front-matter theme is one lectern lacks. */
  themeMissing: (name: string) => string;
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
  keyHelp: {
    next: 'next step, slide, lesson',
    scrollDown: 'scroll down, then next',
    pageDown: 'a page down, then next',
    previous: 'back (to the lesson before)',
    scrollUp: 'scroll up, then back',
    pageUp: 'a page up, then back',
    first: 'first slide',
    last: 'last slide',
    goTo: 'go to slide number',
    overview: 'overview of the slides',
    menu: 'lesson menu (course)',
    search: 'search (any case, accents)',
    searchNext: 'next / previous match',
    follow: 'follow a lesson link',
    followPresenter: 'follow the presenter again',
    help: 'help (any key closes it)',
    suspend: 'suspend (fg resumes)',
    quit: 'quit (Esc: close overlay)',
    quitNow: 'quit lectern',
    choose: 'choose',
    choosePage: 'a page up / down',
    chooseEdge: 'first / last',
    open: 'open',
    close: 'close',
    runSearch: 'find',
    deleteChar: 'delete a character',
    cancel: 'cancel the search',
  },
  hintWords: { quit: 'quit', follow: 'follow', choose: 'choose', open: 'open', close: 'close', runSearch: 'find', cancel: 'cancel' },
  keySectionSlides: 'Slides',
  keySectionLists: 'Overview, links, lesson menu',
  keySectionSearch: 'Search prompt',
  helpMore: (page, pages) => `${page}/${pages} · ↓ more · other keys close`,
  helpClose: 'any key closes this help',
  linesShown: (from, to, total) => `lines ${from}–${to}/${total}`,
  searchMatch: (index, total, query) => `${query}: ${index} of ${total}`,
  searchWrapped: 'wrapped around',
  endOfCourse: 'End of the course',
  notInCourse: 'No lesson menu: this lesson is not part of a course',
  searchPrompt: (query) => `Search: ${query}`,
  notFound: (query) => `Not found: ${query}`,
  overviewTitle: 'Slides',
  resumePrompt: (slide, count) => `Continue at slide ${slide}/${count}? Enter: yes · Esc: from the start`,
  reloadFailed: (reason) => `Reload failed, showing the last good version: ${reason}`,
  lessonProblem: (p) => {
    switch (p.kind) {
      case 'too-large':
        return `the file is too large for a lesson (${p.megabytes} MB; the limit is ${p.limit} MB)`;
      case 'binary':
        return 'the file looks binary, not like Markdown';
      case 'not-utf8':
        return `the file is not UTF-8 text (byte ${p.byte})`;
      case 'empty':
        return 'the file is empty';
      case 'front-matter':
        return p.line === undefined ? 'the front matter is not "key: value" lines' : `the front matter is not valid YAML (line ${p.line})`;
      case 'no-slides':
        return 'the lesson has no slides';
      case 'unreadable':
        return p.code === 'ENOENT' ? 'the file is gone' : `the file cannot be read (${p.code})`;
    }
  },
  noticeClose: 'any key closes this',
  reloaded: 'Reloaded',
  endOfLesson: 'End of the lesson',
  nextLesson: (title) => `End of the lesson · → next: ${title}`,
  lessonMissing: (target) => `Lesson not found: ${target}`,
  linksTitle: 'Links',
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
  addressFull: (max) => `This presentation takes at most ${max} viewers from one network address, and yours has them all. Ask the presenter to allow more.`,
  followPresenterHelp: 'follow the presenter again',
  themeMissing: (name) => `Theme "${name}" not available: default theme shown`,
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
  keyHelp: {
    next: 'langkah, slide, pelajaran lanjut',
    scrollDown: 'gulir turun, lalu lanjut',
    pageDown: 'turun sehalaman, lalu lanjut',
    previous: 'kembali (ke pelajaran sebelumnya)',
    scrollUp: 'gulir naik, lalu kembali',
    pageUp: 'naik sehalaman, lalu kembali',
    first: 'slide pertama',
    last: 'slide terakhir',
    goTo: 'ke slide nomor itu',
    overview: 'ikhtisar semua slide',
    menu: 'daftar pelajaran (kursus)',
    search: 'cari (abaikan huruf besar, aksen)',
    searchNext: 'hasil berikutnya / sebelumnya',
    follow: 'ikuti tautan pelajaran',
    followPresenter: 'ikuti presenter lagi',
    help: 'bantuan (tombol apa saja menutupnya)',
    suspend: 'jeda (fg melanjutkan)',
    quit: 'keluar (Esc: tutup jendela)',
    quitNow: 'keluar dari lectern',
    choose: 'pilih',
    choosePage: 'satu halaman naik / turun',
    chooseEdge: 'pertama / terakhir',
    open: 'buka',
    close: 'tutup',
    runSearch: 'cari',
    deleteChar: 'hapus satu huruf',
    cancel: 'batalkan pencarian',
  },
  hintWords: { quit: 'keluar', follow: 'ikuti', choose: 'pilih', open: 'buka', close: 'tutup', runSearch: 'cari', cancel: 'batal' },
  keySectionSlides: 'Slide',
  keySectionLists: 'Ikhtisar, tautan, daftar pelajaran',
  keySectionSearch: 'Kolom pencarian',
  helpMore: (page, pages) => `${page}/${pages} · ↓ lanjut · tombol lain menutup`,
  helpClose: 'tombol apa saja menutup bantuan ini',
  linesShown: (from, to, total) => `baris ${from}–${to}/${total}`,
  searchMatch: (index, total, query) => `${query}: ${index} dari ${total}`,
  searchWrapped: 'kembali ke awal',
  endOfCourse: 'Akhir kursus',
  notInCourse: 'Tidak ada daftar pelajaran: pelajaran ini bukan bagian dari kursus',
  searchPrompt: (query) => `Cari: ${query}`,
  notFound: (query) => `Tidak ditemukan: ${query}`,
  overviewTitle: 'Daftar slide',
  resumePrompt: (slide, count) => `Lanjut dari slide ${slide}/${count}? Enter: ya · Esc: dari awal`,
  reloadFailed: (reason) => `Gagal memuat ulang, versi terakhir tetap tampil: ${reason}`,
  lessonProblem: (p) => {
    switch (p.kind) {
      case 'too-large':
        return `berkas terlalu besar untuk pelajaran (${p.megabytes} MB; batasnya ${p.limit} MB)`;
      case 'binary':
        return 'berkas tampak biner, bukan Markdown';
      case 'not-utf8':
        return `berkas bukan teks UTF-8 (bita ke-${p.byte})`;
      case 'empty':
        return 'berkas kosong';
      case 'front-matter':
        return p.line === undefined ? 'front matter bukan baris "kunci: nilai"' : `front matter bukan YAML yang sah (baris ${p.line})`;
      case 'no-slides':
        return 'pelajaran tidak punya slide';
      case 'unreadable':
        return p.code === 'ENOENT' ? 'berkas hilang' : `berkas tidak bisa dibaca (${p.code})`;
    }
  },
  noticeClose: 'tombol apa saja menutup ini',
  reloaded: 'Dimuat ulang',
  endOfLesson: 'Akhir pelajaran',
  nextLesson: (title) => `Akhir pelajaran · → berikutnya: ${title}`,
  lessonMissing: (target) => `Pelajaran tidak ditemukan: ${target}`,
  linksTitle: 'Tautan',
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
  addressFull: (max) =>
    `Presentasi ini menerima paling banyak ${max} penonton dari satu alamat jaringan, dan alamat Anda sudah penuh. Minta presenter menambah batasnya.`,
  followPresenterHelp: 'ikuti presenter lagi',
  themeMissing: (name) => `Tema "${name}" tidak tersedia: tema bawaan dipakai`,
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
