import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Deck, Position } from '../deck/types.js';
import { lessonExists, nextLesson, resolveLessonLink, type CourseLesson } from '../load/course.js';
import { navigate, startPosition } from '../deck/navigate.js';
import { hintFor } from '../session/keymap.js';
import { InputError } from '../deck/input-error.js';
import { openDeck } from '../load/open-deck.js';
import { lessonRoot } from '../load/inside-folder.js';
import { readResume, saveResume } from '../load/resume-store.js';
import { watchLesson } from '../load/watch.js';
import { isLessonLink, slideLinks } from '../parse/links.js';
import type { Viewport } from '../render/frame.js';
import { guardLine } from '../render/text/sgr/guard.js';
import { chooseStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';
import { App, type Announcement, type KeySource } from './views/App.js';
import { CourseMenu } from './views/CourseMenu.js';
import type { CourseContext, LessonLink, PresenterEffect } from '../session/presenter.js';

/** A lesson being presented: its deck and where it came from (`-` for stdin). */
export interface OpenLesson {
  deck: Deck;
  path: string;
  /** Offer to continue here. */
  resume?: Position;
  start?: Position;
  /**
   * The deck still parsing (a long lesson): subscribes to the decks of the slides parsed so
   * far and the whole one at the end; returns a function that stops the parse.
   */
  updates?: (listener: (deck: Deck) => void) => () => void;
}

/** How the presenter session behaves; decided once by the CLI. */
export interface ShellOptions {
  styles: Styles;
  /** The LANG environment variable, for the UI language when a lesson has no `lang:`. */
  envLang: string | undefined;
  /** The other lessons of the course, in order (empty when the lesson stands alone). */
  course: readonly CourseLesson[];
  /** The course's name (its folder) and language, for the lesson menu. */
  courseName: string;
  courseLang?: string;
  /** Where resume positions are kept; undefined with --no-resume. */
  resumeFile: string | undefined;
  /** Live reload (off for stdin). */
  watch: boolean;
  /** Told of every position change (the notes view follows it). */
  onPosition?: (position: Position, lesson: OpenLesson) => void;
  /** Told when a lesson is shown: opened, or its deck reloaded (remote viewers follow it). */
  onLesson?: (lesson: OpenLesson) => void;
  /** The folder links may lead into (symlinks resolved); default: the first lesson's folder. */
  root?: string;
}

/** Props of the presenter shell. */
export interface PresenterShellProps {
  options: ShellOptions;
  /** The lesson to show first; undefined opens the course's lesson menu. */
  first: OpenLesson | undefined;
  viewport: Viewport;
  keys: KeySource;
  onQuit: () => void;
  /** Remote viewers watching (`lectern serve`), for the status bar. */
  viewers?: number;
  /** Go to this position (a remote presenter moved); a new `id` moves again. */
  moveTo?: { id: number; position: Position };
}

/** Resume saves wait for the reader to settle, so paging fast writes the file once. */
const SAVE_DELAY_MS = 400;

/**
 * Reads a lesson and the resume position for it. Errors a user can cause come back as a
 * one-line message instead of an exception: the presenter keeps running.
 */
export async function loadLesson(path: string, resumeFile: string | undefined): Promise<OpenLesson | string> {
  try {
    const { deck, source } = await openDeck(path, () => Promise.reject(new InputError('standard input was already read')));
    const saved = resumeFile && source.path !== '-' ? await readResume(resumeFile, source.path) : undefined;
    const lesson: OpenLesson = { deck, path: source.path };
    if (saved && (saved.slide > 0 || saved.step > 0) && saved.slide < deck.slides.length) lesson.resume = saved;
    return lesson;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The session around the presenter view: the course's lesson menu, moving between lessons
 * (links, the end of a lesson), live reload, and remembering where the reader stopped.
 */
export function PresenterShell({ options, first, viewport, keys, onQuit, viewers, moveTo }: PresenterShellProps) {
  const [lesson, setLesson] = useState<OpenLesson | undefined>(first);
  const [generation, setGeneration] = useState(0);
  const [announcement, setAnnouncement] = useState<Announcement | undefined>();
  const [menuNotice, setMenuNotice] = useState<string | undefined>();
  const saveTimer = useRef<NodeJS.Timeout | undefined>(undefined);
  const pendingSave = useRef<(() => void) | undefined>(undefined);
  // Announcements carry file names, link targets and reload errors: guarded (SGR included).
  const announce = useCallback(
    (text: string, sticky = false) => setAnnouncement((a) => ({ id: (a?.id ?? 0) + 1, text: guardLine(text), ...(sticky ? { sticky } : {}) })),
    [],
  );
  const strings = chooseStrings(lesson?.deck.meta.lang ?? options.courseLang, options.envLang);
  // Fixed for the session: following a link into a subfolder does not move the boundary.
  const [root] = useState(() => options.root ?? lessonRoot(first?.path ?? options.course[0]?.path ?? '-'));

  const open = useCallback(
    async (path: string, at: 'start' | 'end' = 'start') => {
      const loaded = await loadLesson(path, options.resumeFile);
      if (typeof loaded === 'string') {
        if (lesson) announce(loaded);
        else setMenuNotice(guardLine(loaded));
        return;
      }
      // Coming back from the next lesson (←) lands on this one's last slide, not a resume offer.
      if (at === 'end') {
        const { resume: _offer, ...rest } = loaded;
        setLesson({ ...rest, start: navigate(loaded.deck, startPosition, { type: 'last' }) });
        setGeneration((g) => g + 1);
        return;
      }
      setLesson(loaded);
      setGeneration((g) => g + 1);
    },
    [options.resumeFile, lesson, announce],
  );

  // A long lesson parses while it is shown: each deck of the slides parsed so far replaces
  // the last, keeping the position, as a reload does (without saying so).
  const updates = lesson?.updates;
  useEffect(() => {
    if (!updates) return;
    return updates((deck) => setLesson((current) => (current && current.updates === updates ? { ...current, deck } : current)));
  }, [updates]);

  // Live reload: a new deck for the same lesson keeps the position (App clamps it).
  const path = lesson?.path;
  useEffect(() => {
    if (!options.watch || path === undefined || path === '-') return;
    const stop = watchLesson(
      path,
      (deck) => {
        // The new text's deck is whole: a parse of the old text still running stops.
        setLesson((current) => {
          if (!current || current.path !== path) return current;
          const { updates: _parsing, ...rest } = current;
          return { ...rest, deck };
        });
        announce(strings.reloaded);
      },
      // Said in full until a key is pressed: a save that does not parse is worth reading.
      (reason, problem) => announce(strings.reloadFailed(problem ? strings.lessonProblem(problem) : reason), true),
    );
    return () => void stop();
  }, [path, options.watch, announce, strings]);

  const onLesson = options.onLesson;
  useEffect(() => {
    if (lesson) onLesson?.(lesson);
  }, [lesson, onLesson]);

  // Quitting right after a key must not lose the position: save what is pending now.
  useEffect(
    () => () => {
      clearTimeout(saveTimer.current);
      pendingSave.current?.();
    },
    [],
  );

  const onPosition = useCallback(
    (position: Position) => {
      if (!lesson) return;
      options.onPosition?.(position, lesson);
      const file = options.resumeFile;
      if (!file || lesson.path === '-') return;
      clearTimeout(saveTimer.current);
      const save = () => {
        pendingSave.current = undefined;
        void saveResume(file, lesson.path, position);
      };
      pendingSave.current = save;
      saveTimer.current = setTimeout(save, SAVE_DELAY_MS);
    },
    [lesson, options],
  );

  const lessonLinks = useMemo(() => {
    const deck = lesson?.deck;
    return (slide: number): LessonLink[] => (deck?.slides[slide] ? slideLinks(deck.slides[slide]).filter((link) => isLessonLink(link.href)) : []);
  }, [lesson?.deck]);

  const following = lesson ? nextLesson(options.course, lesson.path) : undefined;
  const courseIndex = lesson ? options.course.findIndex((l) => l.path === lesson.path) : -1;
  const lessonTitles = useMemo(() => options.course.map((l) => l.title), [options.course]);
  const course = useMemo<CourseContext | undefined>(
    () => (lessonTitles.length > 1 ? { lessons: lessonTitles, current: courseIndex } : undefined),
    [lessonTitles, courseIndex],
  );

  const onEffect = useCallback(
    async (effect: Exclude<PresenterEffect, { type: 'quit' }>) => {
      if (!lesson) return;
      if (effect.type === 'next-lesson') {
        if (following) await open(following.path);
        return;
      }
      if (effect.type === 'previous-lesson') {
        const previous = options.course[courseIndex - 1];
        if (previous) await open(previous.path, 'end');
        return;
      }
      if (effect.type === 'course-lesson') {
        const picked = options.course[effect.index];
        if (picked) await open(picked.path);
        return;
      }
      const target = resolveLessonLink(effect.href, lesson.path === '-' ? './stdin.md' : lesson.path);
      // Outside the course (`../`, a symlink out of it) is a broken link: never opened, never shown.
      if (target === undefined || !(await lessonExists(target, root))) {
        announce(strings.lessonMissing(decodeForDisplay(effect.href)));
        return;
      }
      await open(target);
    },
    [lesson, following, open, announce, strings, root, options.course, courseIndex],
  );

  if (!lesson) {
    return (
      <CourseMenu
        name={guardLine(options.courseName)}
        lessons={lessonTitles}
        hint={hintFor('list', strings, { closeQuits: true })}
        styles={options.styles}
        strings={strings}
        viewport={viewport}
        keys={keys}
        {...(menuNotice === undefined ? {} : { notice: menuNotice })}
        onPick={(index) => {
          const picked = options.course[index];
          if (picked) void open(picked.path);
        }}
        onQuit={onQuit}
      />
    );
  }
  return (
    <App
      key={`${lesson.path}#${generation}`}
      deck={lesson.deck}
      styles={options.styles}
      strings={strings}
      viewport={viewport}
      keys={keys}
      onQuit={onQuit}
      onEffect={(effect) => void onEffect(effect)}
      onPosition={onPosition}
      lessonLinks={lessonLinks}
      {...(following ? { nextLessonTitle: following.title } : {})}
      {...(course ? { course } : {})}
      {...(lesson.start ? { start: lesson.start } : {})}
      {...(lesson.resume ? { resume: lesson.resume } : {})}
      {...(announcement ? { announcement } : {})}
      {...(viewers === undefined ? {} : { viewers })}
      {...(moveTo ? { moveTo } : {})}
    />
  );
}

function decodeForDisplay(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
