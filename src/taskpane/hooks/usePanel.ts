import { createRef, useCallback, useId, useMemo, useState, type RefObject } from "react";

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
 * The header's panels (Review, Plain language, Settings), one mechanism for all: at most one is open, opening one
 * closes the one that was; focus moves into a panel once it shows, and back to its button when it closes, so keyboard
 * and screen-reader users land where the panel is and return where they were. `names` is fixed for the pane's life.
 */
export function usePanels<Name extends string>(names: readonly Name[]): Record<Name, PanelModel> {
  const [openName, setOpenName] = useState<Name | null>(null);
  const baseId = useId();
  const [buttons] = useState(() => new Map(names.map((name) => [name, createRef<HTMLButtonElement>()])));
  const buttonOf = useCallback((name: Name) => buttons.get(name)!, [buttons]);

  const panelRef = useCallback((panel: HTMLElement | null) => {
    // Unless the user has gone on elsewhere while the panel was loading.
    const active = document.activeElement;
    const fromAButton = [...buttons.values()].some((ref) => ref.current === active);
    if (!panel || (!fromAButton && active !== document.body && active !== null)) return;
    (panel.querySelector<HTMLElement>("[data-panel-focus]") ?? panel).focus();
  }, [buttons]);

  return useMemo(() => {
    const model = (name: Name): PanelModel => {
      const close = () => {
        setOpenName((current) => (current === name ? null : current));
        buttonOf(name).current?.focus();
      };
      const open = () => setOpenName(name);
      return {
        isOpen: openName === name,
        buttonRef: buttonOf(name),
        panelId: `${baseId}-${name}`,
        panelRef,
        open,
        close,
        toggle: () => (openName === name ? close() : open()),
      };
    };
    return Object.fromEntries(names.map((name) => [name, model(name)])) as Record<Name, PanelModel>;
    // `names` is fixed (see above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openName, baseId, panelRef, buttonOf]);
}
