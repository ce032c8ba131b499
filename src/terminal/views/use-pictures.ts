import { useEffect, useState } from 'react';
import type { Deck } from '../../deck/types.js';
import { loadPictures, onPicturesChanged, pictureVersion } from '../../load/images/picture-store.js';

/**
 * Loads the pictures of the slide shown and of its neighbours, after the slide is painted
 * (a timer, so decoding never delays a paint), and redraws the view when one is ready.
 * Returns the picture version the view was drawn with.
 */
export function usePictures(deck: Deck, slide: number): number {
  const [version, setVersion] = useState(pictureVersion);
  useEffect(() => onPicturesChanged(() => setVersion(pictureVersion())), []);
  useEffect(() => {
    const timer = setTimeout(() => {
      const around = [slide, slide + 1, slide - 1].filter((i) => i >= 0 && i < deck.slides.length);
      void loadPictures(deck, around);
    }, 0);
    return () => clearTimeout(timer);
  }, [deck, slide]);
  return version;
}
