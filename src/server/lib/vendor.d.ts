/**
 * Types for the little of two libraries that lib/fonts.ts uses and that ship none: fontkit (pdfkit's font engine,
 * pinned as a dependency of its own) and the internal fields of a pdfkit document (its current font and size), which
 * @types/pdfkit leaves out. Only what the code reads is declared.
 */
declare module "fontkit" {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer | Uint8Array, postscriptName?: string): Font;
}

declare namespace PDFKit {
  /** pdfkit's wrapper of the current font (`doc._font`); `font` is fontkit's font, absent for the standard 14. */
  interface PDFFontInternals {
    ascender: number;
    descender: number;
    lineGap: number;
    font?: {
      layout(s: string, features?: unknown, script?: unknown, language?: unknown, direction?: unknown): unknown;
      /** Set by lib/fonts.ts once its Myanmar reordering wraps `layout`. */
      focalMyanmar?: boolean;
    };
  }
  interface PDFDocument {
    /** The current font (pdfkit internal). */
    _font: PDFFontInternals;
    /** The current font size (pdfkit internal). */
    _fontSize: number;
    /** Opens an image once (badges: each photo embedded once per document); `image` then draws it by reference. */
    openImage(src: Buffer): OpenedImage;
    image(src: OpenedImage | Mixins.ImageSrc, x?: number, y?: number, options?: Mixins.ImageOption): this;
    image(src: Mixins.ImageSrc, options?: Mixins.ImageOption): this;
  }
  /** An image pdfkit has opened (JPEG: its bytes kept as they are, embedded as DCT without decoding). */
  interface OpenedImage {
    width: number;
    height: number;
    label: string;
  }
}
