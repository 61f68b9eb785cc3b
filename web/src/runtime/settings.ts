// Page-wide settings, chosen by whoever loads the runtime: the book, the
// embed bundle, an iframe page or a standalone file.
export interface Settings {
  /** Default for widgets without a url-state attribute. Embeds keep the host page's URL untouched. */
  urlState: boolean;
  /** Absolute URL of the build's embed/ folder, for the embed-code button; null hides the button. */
  embedHome: string | null;
}

export const settings: Settings = { urlState: true, embedHome: null };
