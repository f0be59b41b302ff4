/**
 * The one-page summary as a PNG, drawn in the browser: a title, a few lines of context, the
 * table of figures, then the summary's SVG charts. Canvas text uses the page's own font stack,
 * so Chinese renders wherever the page does.
 */
import { svgImage } from './svgImage';
import { SWATCH_ROOM, tableLayout } from './tableLayout';
import { wrapText } from './wrapText';

export interface SummaryPicture {
  title: string;
  lines: string[];
  /** Colour of the swatch before each header cell (null: none). */
  table: { header: string[]; colours: (string | null)[]; rows: string[][] };
  /** Each chart with the title above it and the legend below it. */
  charts: { svg: SVGSVGElement; title: string; legend: { label: string; colour: string }[] }[];
  font: string;
}

const pad = 32;
const rowHeight = 24;
/** Spacing of a heading's wrapped lines. */
const headingLine = 15;
const headingFont = '600 12px';
const cellFont = '13px';
const scale = 2;

export async function summaryPng(picture: SummaryPicture): Promise<Blob> {
  const images = await Promise.all(picture.charts.map((chart) => svgImage(chart.svg)));
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) throw new Error('this browser cannot draw on a canvas');

  const measureIn = (font: string) => (text: string) => {
    probe.font = `${font} ${picture.font}`;
    return probe.measureText(text).width;
  };
  const { columns, header } = tableLayout(
    picture.table,
    measureIn(headingFont),
    measureIn(cellFont),
  );
  probe.font = `${cellFont} ${picture.font}`;
  const tableWidth = columns.reduce((a, b) => a + b, 0);
  const width = Math.ceil(Math.max(tableWidth, ...images.map((i) => i.width)) + 2 * pad);

  // The context lines (the footnote among them) wrap to the page the table and charts set.
  const lines = wrapText(picture.lines, width - 2 * pad, (text) => probe.measureText(text).width);
  const tableTop = pad + 36 + lines.length * 20 + 12;
  const headerHeight = rowHeight + (Math.max(...header.map((h) => h.length)) - 1) * headingLine;
  const chartsTop = tableTop + headerHeight + picture.table.rows.length * rowHeight + 24;
  const chartSpace = 28 + 28 + 16;
  const height = Math.ceil(chartsTop + images.reduce((a, i) => a + i.height + chartSpace, 0) + pad);

  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);

  ctx.fillStyle = '#1b2430';
  ctx.font = `600 20px ${picture.font}`;
  ctx.fillText(picture.title, pad, pad + 20);
  ctx.font = `13px ${picture.font}`;
  ctx.fillStyle = '#5b6675';
  lines.forEach((line, i) => ctx.fillText(line, pad, pad + 48 + i * 20));

  // Headings: each line right-aligned in its column, the swatch before the first line.
  ctx.font = `${headingFont} ${picture.font}`;
  let left = pad;
  header.forEach((lines, c) => {
    ctx.textAlign = c === 0 ? 'left' : 'right';
    const right = left + columns[c] - 12;
    lines.forEach((line, l) => {
      ctx.fillStyle = '#5b6675';
      ctx.fillText(line, c === 0 ? left : right, tableTop + 16 + l * headingLine);
    });
    const colour = picture.table.colours[c];
    if (colour) {
      ctx.fillStyle = colour;
      ctx.fillRect(right - ctx.measureText(lines[0]).width - SWATCH_ROOM, tableTop + 7, 10, 10);
    }
    left += columns[c];
  });
  rule(ctx, tableTop + headerHeight, tableWidth);

  picture.table.rows.forEach((row, r) => {
    const y = tableTop + headerHeight + r * rowHeight;
    ctx.font = `${cellFont} ${picture.font}`;
    ctx.fillStyle = '#1b2430';
    let x = pad;
    row.forEach((text, c) => {
      ctx.textAlign = c === 0 ? 'left' : 'right';
      ctx.fillText(text, c === 0 ? x : x + columns[c] - 12, y + 16);
      x += columns[c];
    });
    rule(ctx, y + rowHeight, tableWidth);
  });
  ctx.textAlign = 'left';

  let y = chartsTop;
  images.forEach((image, i) => {
    const chart = picture.charts[i];
    ctx.fillStyle = '#1b2430';
    ctx.font = `600 15px ${picture.font}`;
    ctx.fillText(chart.title, pad, y + 18);
    y += 28;
    ctx.drawImage(image, pad, y, image.width, image.height);
    y += image.height + 8;

    ctx.font = `13px ${picture.font}`;
    let x = pad;
    for (const item of chart.legend) {
      ctx.fillStyle = item.colour;
      ctx.beginPath();
      ctx.arc(x + 5, y + 10, 5, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = '#5b6675';
      ctx.fillText(item.label, x + 16, y + 15);
      x += 32 + ctx.measureText(item.label).width;
    }
    y += 20 + 16;
  });

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** The thin line under a row of the table, ending at `bottom`. */
function rule(ctx: CanvasRenderingContext2D, bottom: number, tableWidth: number): void {
  ctx.strokeStyle = '#e3e7ee';
  ctx.beginPath();
  ctx.moveTo(pad, bottom - 0.5);
  ctx.lineTo(pad + tableWidth, bottom - 0.5);
  ctx.stroke();
}
