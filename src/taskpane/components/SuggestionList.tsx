import type { KeyboardEvent, ReactNode, Ref } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export type SuggestionListProps = {
  children: ReactNode;
  "aria-label"?: string;
  "aria-labelledby"?: string;
  "data-testid"?: string;
  listRef?: Ref<HTMLUListElement>;
  /** Keys on a focused card (search hits): Enter inserts it, Space selects it. */
  onActivate?: (entryId: string) => void;
  onToggle?: (entryId: string) => void;
  /** Escape, or Up from the first card: back to where the arrows started (the search box). */
  onLeave?: () => void;
};

/** The cards focusable with the arrow keys, in order. */
export function focusableCards(list: HTMLElement | null): HTMLElement[] {
  return list ? [...list.querySelectorAll<HTMLElement>("[data-card-id][tabindex]")] : [];
}

/** A list of suggestion cards. Cards that are focusable take Up/Down/Home/End, Enter, Space and Escape. */
export function SuggestionList({ children, listRef, onActivate, onToggle, onLeave, ...rest }: SuggestionListProps) {
  const styles = useStyles();

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const card = event.target as HTMLElement;
    // Keys typed in a card's own controls (checkbox, buttons) keep their usual meaning.
    const id = card.dataset.cardId;
    if (!id) return;
    const cards = focusableCards(event.currentTarget);
    const at = cards.indexOf(card);
    const focus = (index: number) => cards[index]?.focus();
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        focus(Math.min(at + 1, cards.length - 1));
        break;
      case "ArrowUp":
        event.preventDefault();
        if (at <= 0) onLeave?.();
        else focus(at - 1);
        break;
      case "Home":
        event.preventDefault();
        focus(0);
        break;
      case "End":
        event.preventDefault();
        focus(cards.length - 1);
        break;
      case "Enter":
        event.preventDefault();
        onActivate?.(id);
        break;
      case " ":
        event.preventDefault();
        onToggle?.(id);
        break;
      case "Escape":
        event.preventDefault();
        onLeave?.();
        break;
    }
  };

  return (
    // The ul's own role is stated: Safari drops list semantics when list-style is none.
    <ul role="list" className={styles.list} ref={listRef} onKeyDown={onKeyDown} {...rest}>
      {children}
    </ul>
  );
}
