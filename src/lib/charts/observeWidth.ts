import type { Attachment } from 'svelte/attachments';

/**
 * Tells `set` the element's width (clientWidth) each time it changes, the first time once the
 * page has laid the element out. bind:clientWidth also reads it at once, while the component
 * renders: on the first results that forced a layout of the whole page in the middle of the
 * render, once per chart. Read here in the observer's callback, after layout.
 */
export function observeWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => set(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
