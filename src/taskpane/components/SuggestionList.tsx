import type { KeyboardEvent, ReactNode, Ref } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useSuggestionActions, useSuggestionData, useSuggestionParts } from "./SuggestionContext";

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
  /** Escape, or Up from the first card: back to where the arrows started (the search box). */
  onLeave?: () => void;
};

/** The cards the arrow keys move between, in order. */
export function focusableCards(list: HTMLElement | null): HTMLElement[] {
  return list ? [...list.querySelectorAll<HTMLElement>("[data-card-id][tabindex]")] : [];
}

/**
 * A list of suggestion cards, one tab stop: Fluent's arrow navigation moves between the cards (Up, Down, Home,
 * End) and remembers the last one, Tab goes on into the focused card's own controls and then past the list.
 * On a focused card Enter inserts it, Space selects it and Escape calls onLeave.
 */
export function SuggestionList({ children, listRef, onLeave, ...rest }: SuggestionListProps) {
  const styles = useStyles();
  const { selected } = useSuggestionData();
  const actions = useSuggestionActions();
  const { navigation } = useSuggestionParts();

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const card = event.target as HTMLElement;
    // Keys typed in a card's own controls (checkbox, buttons) keep their usual meaning.
    const id = card.dataset.cardId;
    if (!id) return;
    switch (event.key) {
      case "ArrowUp":
        // Up from the first card goes back to where the arrows started (the arrow navigation stops there).
        if (focusableCards(event.currentTarget).indexOf(card) === 0 && onLeave) {
          event.preventDefault();
          onLeave();
        }
        break;
      case "Enter":
        event.preventDefault();
        actions.insert(id);
        break;
      case " ":
        event.preventDefault();
        actions.toggle(id, !selected.has(id));
        break;
      case "Escape":
        event.preventDefault();
        onLeave?.();
        break;
    }
  };

  return (
    // The ul's own role is stated: Safari drops list semantics when list-style is none.
    <ul role="list" className={styles.list} ref={listRef} onKeyDown={onKeyDown} {...navigation?.list} {...rest}>
      {children}
    </ul>
  );
}
