import { useCallback, useId, useRef, useState, type RefObject } from "react";

/** Marks the element a panel puts focus on when it opens: its heading (tabIndex -1) or its first control. */
export const PANEL_FOCUS = { "data-panel-focus": "" } as const;

export type PanelModel = {
  isOpen: boolean;
  /** The header button that opens and closes the panel; focus returns to it when the panel closes. */
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The panel element's id (the button's aria-controls). */
  panelId: string;
  /** For the panel element: once it is on the page (its code may load after the click), focus moves into it. */
  panelRef: (panel: HTMLElement | null) => void;
  open: () => void;
  close: () => void;
  toggle: () => void;
};

/**
 * One header panel (Review, Settings): open and closed, focus into the panel once it shows, and back to its
 * button when it closes, so keyboard and screen-reader users land where the panel is and return where they were.
 */
export function usePanel(): PanelModel {
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const open = useCallback(() => setOpen(true), []);
  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  const toggle = useCallback(() => (isOpen ? close() : open()), [isOpen, open, close]);

  const panelRef = useCallback((panel: HTMLElement | null) => {
    // Unless the user has gone on elsewhere while the panel was loading.
    const active = document.activeElement;
    if (!panel || (active !== buttonRef.current && active !== document.body && active !== null)) return;
    (panel.querySelector<HTMLElement>("[data-panel-focus]") ?? panel).focus();
  }, []);

  return { isOpen, buttonRef, panelId, panelRef, open, close, toggle };
}
