/**
 * Drawing one badge on its own page: A6 (105 × 148 mm, desk printers) or a CR80 card (85.6 × 54 mm, portrait, card
 * printers). A colour band by delegation category top and bottom, the photo (or a neutral silhouette), name,
 * position, delegation and country, the meeting, and the QR code with the short code under it.
 */
import type { DelegationCategory } from "../meetings/schema.js";
import { mm } from "../../lib/pdf.js";
import { fitText } from "../../lib/fonts.js";
import type { BadgeSize } from "./schema.js";
import { displayBadgeCode } from "../../../shared/badges.js";
import { delegationCategoryWords } from "../../../shared/vocabulary.js";
import { badgeQr } from "./qr.js";

export interface BadgeFace {
  token: string;
  code: string;
  issue: number;
  fullName: string;
  honorific: string | null;
  position: string | null;
  organisation: string | null;
  delegationName: string;
  countryLine: string | null;
  category: DelegationCategory;
  meetingCode: string;
  meetingTitle: string;
  meetingWhen: string;
  /** The stored photo; `image` when the document has opened it already (the batch worker opens each once). */
  photo: { bytes: Buffer; contentType: string; image?: PDFKit.OpenedImage } | null;
  /** Han characters in the delegate's texts in Japanese shapes (a Japanese delegation) or Chinese ones (default). */
  han?: "sc" | "jp";
}

/** Band colours by category: strong enough for white text (WCAG AA at these sizes) and told apart at a glance. */
export const categoryColours: Record<DelegationCategory, string> = {
  host: "#B0102A",
  asean_member: "#1D4F9C",
  plus_three: "#1F6E3A",
  dialogue_partner: "#A34B00",
  secretariat: "#5E2A84",
  observer: "#4A5A63",
};

/** The foot band: the category in both languages, in capitals, from the one vocabulary ("THÀNH VIÊN ASEAN · ASEAN MEMBER"). */
export function categoryLabel(category: DelegationCategory): string {
  const w = delegationCategoryWords[category];
  return `${w.vi.toLocaleUpperCase("vi")} · ${w.en.toLocaleUpperCase("en")}`;
}

interface Geometry {
  w: number;
  h: number;
  pad: number;
  band: number;
  foot: number;
  code: number;
  title: number;
  titleLines: number;
  photo: [number, number];
  name: number;
  small: number;
  deleg: number;
  qr: number;
  codeText: number;
  foot_text: number;
}

export const pageSizes: Record<BadgeSize, Geometry> = {
  a6: {
    w: mm(105),
    h: mm(148),
    pad: 14,
    band: 62,
    foot: 38,
    code: 20,
    title: 7.5,
    titleLines: 2,
    photo: [88, 110],
    name: 15,
    small: 9,
    deleg: 13,
    qr: 124,
    codeText: 8,
    foot_text: 10,
  },
  card: {
    w: mm(53.98),
    h: mm(85.6),
    pad: 8,
    band: 34,
    foot: 22,
    code: 11,
    title: 4.6,
    titleLines: 1,
    photo: [48, 60],
    name: 8.5,
    small: 5.6,
    deleg: 7.5,
    qr: 70,
    codeText: 5.2,
    foot_text: 5.6,
  },
};

/**
 * Draws the QR code as vector squares (crisp at any printer resolution), one path for the whole symbol: each row's
 * runs of dark modules as rectangles in module units, placed and scaled by one transformation — a few hundred short
 * operators written as one string instead of a pdfkit call per rectangle.
 */
function drawQr(doc: PDFKit.PDFDocument, token: string, x: number, y: number, size: number) {
  const { size: n, data: bits } = badgeQr(token);
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  doc.rect(x, y, size, size).fill("#FFFFFF");
  const ops: string[] = [];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!bits[r * n + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && bits[r * n + c]) c++;
      ops.push(`${start} ${r} ${c - start} 1 re`);
    }
  }
  doc.save();
  doc.transform(cell, 0, 0, cell, x + quiet * cell, y + quiet * cell);
  doc.addContent(ops.join("\n"));
  doc.fill("#000000");
  doc.restore();
}

/** A neutral head-and-shoulders silhouette where a delegate has no photo. */
function drawPlaceholder(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number) {
  doc.save();
  doc.rect(x, y, w, h).fill("#E4E7EB");
  doc.rect(x, y, w, h).clip();
  doc.circle(x + w / 2, y + h * 0.38, w * 0.22).fill("#A9B1BA");
  doc.ellipse(x + w / 2, y + h * 0.98, w * 0.42, h * 0.34).fill("#A9B1BA");
  doc.restore();
}

function drawPhoto(doc: PDFKit.PDFDocument, face: BadgeFace, x: number, y: number, w: number, h: number) {
  if (!face.photo) return drawPlaceholder(doc, x, y, w, h);
  try {
    doc.save();
    doc.rect(x, y, w, h).clip();
    const options: PDFKit.Mixins.ImageOption = { cover: [w, h], align: "center", valign: "center" };
    if (face.photo.image) doc.image(face.photo.image, x, y, options);
    else doc.image(face.photo.bytes, x, y, options);
    doc.restore();
  } catch {
    // A photo pdfkit cannot read (a CMYK JPEG, say) must not stop a batch of a thousand badges.
    doc.restore();
    drawPlaceholder(doc, x, y, w, h);
  }
  doc.rect(x, y, w, h).lineWidth(0.5).stroke("#9AA4AE");
}

/** Adds one page with one badge. */
export function drawBadge(doc: PDFKit.PDFDocument, size: BadgeSize, face: BadgeFace): void {
  const g = pageSizes[size];
  const colour = categoryColours[face.category];
  doc.addPage({ size: [g.w, g.h], margin: 0 });
  const inner = g.w - g.pad * 2;

  // Top band: the meeting.
  doc.rect(0, 0, g.w, g.band).fill(colour);
  doc.fillColor("#FFFFFF");
  fitText(doc, face.meetingCode, {
    style: "bold",
    x: g.pad,
    y: g.pad * 0.7,
    width: inner,
    size: g.code,
    minSize: g.code * 0.7,
    maxLines: 1,
  });
  fitText(doc, face.meetingTitle, {
    style: "regular",
    x: g.pad,
    y: g.pad * 0.7 + g.code * 1.2,
    width: inner,
    size: g.title,
    minSize: g.title * 0.85,
    maxLines: g.titleLines,
    leading: 1.15,
  });
  fitText(doc, face.meetingWhen, {
    style: "regular",
    x: g.pad,
    y: g.band - g.title * 1.9,
    width: inner,
    size: g.title,
    minSize: g.title * 0.8,
    maxLines: 1,
  });

  // Photo and the person: the name on one line if it fits (shrinking down to 70%), else two, else three, every
  // script in its own face, never past the card's edge.
  const [pw, ph] = g.photo;
  const top = g.band + g.pad * 0.8;
  drawPhoto(doc, face, g.pad, top, pw, ph);
  const tx = g.pad + pw + g.pad * 0.8;
  const tw = g.w - tx - g.pad;
  const name = face.honorific ? `${face.honorific} ${face.fullName}` : face.fullName;
  doc.fillColor("#111111");
  const named = fitText(doc, name, {
    han: face.han,
    style: "bold",
    x: tx,
    y: top,
    width: tw,
    size: g.name,
    minSize: g.name * 0.7,
    maxLines: 3,
  });
  let y = top + named.height + g.small * 0.4;
  const bottom = top + ph;
  doc.fillColor("#333333");
  if (face.position && y + g.small * 1.3 <= bottom) {
    const lines = Math.max(1, Math.min(3, Math.floor((bottom - y - g.small * 1.3) / (g.small * 1.22))));
    y +=
      fitText(doc, face.position, {
        han: face.han,
        style: "regular",
        x: tx,
        y,
        width: tw,
        size: g.small,
        minSize: g.small * 0.85,
        maxLines: lines,
      }).height +
      g.small * 0.2;
  }
  if (face.organisation && y + g.small * 1.22 <= bottom) {
    doc.fillColor("#555555");
    fitText(doc, face.organisation, {
      han: face.han,
      style: "regular",
      x: tx,
      y,
      width: tw,
      size: g.small,
      minSize: g.small * 0.85,
      maxLines: Math.max(1, Math.floor((bottom - y) / (g.small * 1.22))),
    });
  }

  // Delegation and country.
  const dy = top + ph + g.pad * 0.7;
  doc.fillColor(colour);
  const deleg = fitText(doc, face.delegationName, {
    han: face.han,
    style: "bold",
    x: g.pad,
    y: dy,
    width: inner,
    size: g.deleg,
    minSize: g.deleg * 0.75,
    maxLines: 2,
  });
  if (face.countryLine) {
    doc.fillColor("#333333");
    fitText(doc, face.countryLine, {
      han: face.han,
      style: "regular",
      x: g.pad,
      y: dy + deleg.height,
      width: inner,
      size: g.small,
      minSize: g.small * 0.8,
      maxLines: 1,
    });
  }

  // QR code and short code, centred above the foot band.
  const footTop = g.h - g.foot;
  const qy = footTop - g.qr - g.codeText * 2.2;
  const qx = (g.w - g.qr) / 2;
  drawQr(doc, face.token, qx, qy, g.qr);
  doc.fillColor("#111111").font("condensedBold").fontSize(g.codeText);
  doc.text(displayBadgeCode(face.code), 0, qy + g.qr + g.codeText * 0.35, {
    width: g.w,
    align: "center",
    lineBreak: false,
  });
  if (face.issue > 1) {
    doc
      .font("condensed")
      .fontSize(g.codeText * 0.85)
      .fillColor("#555555");
    doc.text(`#${face.issue}`, g.w - g.pad - 30, qy + g.qr + g.codeText * 0.45, {
      width: 30,
      align: "right",
      lineBreak: false,
    });
  }

  // Foot band: the category.
  doc.rect(0, footTop, g.w, g.foot).fill(colour);
  doc.fillColor("#FFFFFF");
  fitText(doc, categoryLabel(face.category), {
    style: "bold",
    x: g.pad * 0.5,
    y: footTop + (g.foot - g.foot_text * 1.2) / 2,
    width: g.w - g.pad,
    size: g.foot_text,
    minSize: g.foot_text * 0.8,
    maxLines: 1,
    align: "center",
  });
}
