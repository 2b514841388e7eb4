/**
 * Fluent's arrow navigation for the card lists, loaded after the first view: tabster's Mover and Groupper are about
 * 19 KB gzip, which the first suggestions need not wait for. Mounted once, this registers both features with the
 * pane's tabster instance and then hands the pane the attributes that turn a list and its cards into one tab stop
 * (the cards get them only once the features exist, so tabster sets them up as they arrive).
 */
import { useEffect } from "react";
import { useArrowNavigationGroup, useFocusableGroup } from "@fluentui/react-components";

export type CardNavigationAttributes = {
  /** For the list: Up, Down, Home and End move between its cards, and it remembers the last one. */
  list: ReturnType<typeof useArrowNavigationGroup>;
  /** For each card: Tab goes into its checkbox and buttons; Enter on the card is the list's (it inserts). */
  card: ReturnType<typeof useFocusableGroup>;
};

export function CardNavigationFeatures({ onReady }: { onReady: (attributes: CardNavigationAttributes) => void }) {
  const list = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const card = useFocusableGroup({ tabBehavior: "unlimited", ignoreDefaultKeydown: { Enter: true } });
  // After the layout effects in which the hooks registered the features.
  useEffect(() => onReady({ list, card }), [list, card, onReady]);
  return null;
}
