/**
 * Sigma label drawers for the career map. Sigma's own drawer writes one line to the right
 * of a dot; ours writes the wrapped lines and spot chosen by placeLabels (src/map/labels),
 * which the node reducer passes as `labelLines` / `labelPlacement`. Every drawn label box
 * is recorded per frame so the e2e tests can check, in a real browser, that none overlap.
 */
import { TEST_HOOKS } from '../lib/test-hooks';
import { labelBox, type Box, type Placement } from './labels';
import { SCREEN_COLORS, type MapColors } from './map-colors';

type LabelColors = Pick<MapColors, 'label' | 'halo' | 'card'>;

export interface LabelData {
  x: number;
  y: number;
  size: number;
  label: string | null;
  key?: string;
  labelLines?: string[];
  labelPlacement?: Placement;
}

interface LabelSettings {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
}

export const LINE_HEIGHT = 1.2;

/** Boxes drawn since the last frame began; read by the e2e tests through window.__careerLabels (e2e build only). */
export const drawnLabels: { id: string; box: Box; text: string }[] = [];

function geometry(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings) {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const lines = data.labelLines ?? (data.label ? [data.label] : []);
  const lineHeight = settings.labelSize * LINE_HEIGHT;
  const widths = lines.map((l) => context.measureText(l).width);
  const placement = data.labelPlacement ?? 'right';
  const box = labelBox({ x: data.x, y: data.y, r: data.size, lineWidths: widths, lineHeight }, placement);
  return { lines, lineHeight, widths, placement, box };
}

function writeLines(context: CanvasRenderingContext2D, g: ReturnType<typeof geometry>, colors: LabelColors) {
  context.textBaseline = 'middle';
  g.lines.forEach((line, i) => {
    const w = g.widths[i] ?? 0;
    const cx = (g.box.x0 + g.box.x1) / 2;
    const x = g.placement === 'right' ? g.box.x0 : g.placement === 'left' ? g.box.x1 - w : cx - w / 2;
    const y = g.box.y0 + g.lineHeight * (i + 0.5);
    // A halo in the background's colour keeps the text readable where it crosses an arrow.
    context.strokeStyle = colors.halo;
    context.lineWidth = 3;
    context.lineJoin = 'round';
    context.strokeText(line, x, y);
    context.fillStyle = colors.label;
    context.fillText(line, x, y);
  });
  context.textBaseline = 'alphabetic';
}

/**
 * Sigma's label and hover drawers in `colors` (the screen's, or the reader's system colours).
 * Only Sigma's drawn labels are `recorded`: a preview task still running as Sigma takes over
 * would otherwise add its boxes to the frame's.
 */
export function labelDrawers(colors: LabelColors, recorded = true) {
  function label(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings) {
    if (!data.label) return;
    const g = geometry(context, data, settings);
    writeLines(context, g, colors);
    if (TEST_HOOKS && recorded) drawnLabels.push({ id: data.key ?? data.label, box: g.box, text: g.lines.join(' ') });
  }

  /** Hovered role: its label on a card with a shadow, drawn above everything else. */
  function hover(context: CanvasRenderingContext2D, data: LabelData & { color?: string }, settings: LabelSettings) {
    const g = geometry(context, { ...data, labelPlacement: data.labelPlacement ?? 'below' }, settings);
    const pad = 3;
    context.save();
    context.fillStyle = colors.card;
    context.shadowColor = 'rgba(0, 0, 0, 0.35)';
    context.shadowBlur = 8;
    context.beginPath();
    context.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
    if (g.lines.length)
      context.rect(g.box.x0 - pad, g.box.y0 - pad, g.box.x1 - g.box.x0 + 2 * pad, g.box.y1 - g.box.y0 + 2 * pad);
    context.fill();
    context.restore();
    if (g.lines.length) writeLines(context, g, colors);
  }
  return { label, hover };
}

const screenDrawers = labelDrawers(SCREEN_COLORS);
export const drawLabel = screenDrawers.label;
export const drawHover = screenDrawers.hover;
