import { decodeKeys } from '../../src/session/key-decoder.js';
import { reducePresenter, type PresenterContext, type PresenterState, type PresenterUpdate } from '../../src/session/presenter.js';

/** Feeds raw terminal input through the key decoder and the presenter reducer; stops at the first effect. */
export function press(state: PresenterState, input: string, ctx: PresenterContext): PresenterUpdate {
  let update: PresenterUpdate = { state };
  for (const key of decodeKeys(input)) {
    update = reducePresenter(update.state, key, ctx);
    if (update.effect) break;
  }
  return update;
}
