import { useEffect, useState } from 'react';
import type { Deck } from '../../deck/types.js';
import { loadPictures, onPicturesChanged, pictureVersion } from '../../load/images/picture-store.js';

/** A reader who stays this long on a slide is reading: then the neighbours' pictures are decoded. */
const NEIGHBOURS_AFTER_MS = 200;

/**
 * Loads the pictures of the slide shown once it is painted (a timer, so decoding never
 * delays a paint), those of its neighbours when the reader stays (decoding runs on this
 * thread, so paging fast through slides without pictures must not wait for it), and
 * redraws the view when one is ready. Returns the picture version the view was drawn with.
 */
export function usePictures(deck: Deck, slide: number): number {
  const [version, setVersion] = useState(pictureVersion);
  useEffect(() => onPicturesChanged(() => setVersion(pictureVersion())), []);
  useEffect(() => {
    const now = setTimeout(() => void loadPictures(deck, [slide]), 0);
    const around = setTimeout(() => {
      void loadPictures(
        deck,
        [slide + 1, slide - 1].filter((i) => i >= 0 && i < deck.slides.length),
      );
    }, NEIGHBOURS_AFTER_MS);
    return () => {
      clearTimeout(now);
      clearTimeout(around);
    };
  }, [deck, slide]);
  return version;
}
