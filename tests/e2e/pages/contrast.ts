import type { Locator } from '@playwright/test';

export interface TextContrast {
  text: string;
  ratio: number;
}

/**
 * The contrast ratio (WCAG 2) of each piece of text inside `container`, or of its placeholder, as
 * Chromium paints it: colours are read back through a canvas (Tailwind v4 writes oklch), and
 * backgrounds and opacity of every ancestor are composited over white.
 */
export async function textContrasts(container: Locator, part: 'text' | 'placeholder' = 'text'): Promise<TextContrast[]> {
  return container.evaluate((root, part) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
    };
    const over = (c: [number, number, number, number], alpha: number, under: number[]) => c.slice(0, 3).map((v, i) => v * alpha + under[i]! * (1 - alpha));
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const chain = (el: Element) => {
      const up: Element[] = [];
      for (let n: Element | null = el; n; n = n.parentElement) up.unshift(n);
      return up;
    };
    const measure = (el: Element, pseudo: string | null) => {
      let bg = [255, 255, 255];
      let opacity = 1;
      for (const n of chain(el)) {
        const style = getComputedStyle(n);
        opacity *= Number(style.opacity);
        const fill = rgba(style.backgroundColor);
        bg = over(fill, fill[3] * opacity, bg);
      }
      const colour = rgba(getComputedStyle(el, pseudo).color);
      const fg = over(colour, colour[3] * opacity, bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
    };
    if (part === 'placeholder') return [{ text: (root as HTMLInputElement).placeholder, ratio: measure(root, '::placeholder') }];
    const texts: Array<{ text: string; ratio: number }> = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      const box = el.getBoundingClientRect();
      if (own && box.width > 1 && box.height > 1) texts.push({ text: own, ratio: measure(el, null) });
    }
    return texts;
  }, part);
}
