// Our own minimal typing: @types/marked-terminal pulls a second copy of marked and
// mistypes the extension (STACK-NOTES). We use only the inline style options.
declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';

  /** Style functions and switches marked-terminal accepts (the ones lectern sets). */
  export interface MarkedTerminalOptions {
    strong?: (s: string) => string;
    em?: (s: string) => string;
    codespan?: (s: string) => string;
    del?: (s: string) => string;
    link?: (s: string) => string;
    href?: (s: string) => string;
    text?: (s: string) => string;
    emoji?: boolean;
    reflowText?: boolean;
    unescape?: boolean;
    width?: number;
  }

  export function markedTerminal(options?: MarkedTerminalOptions, highlightOptions?: object): MarkedExtension;
}
