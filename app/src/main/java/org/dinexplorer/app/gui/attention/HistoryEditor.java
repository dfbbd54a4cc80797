package org.dinexplorer.app.gui.attention;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dinexplorer.app.service.explore.ExploreUser;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.vocab.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The what-if history of the Explore page: the shown user's behaviours, oldest first, which the analyst may remove,
 * reorder or extend. Every edit calls the page back so it rescores at once.
 */
public final class HistoryEditor {


    private final ObservableList<HistoryItem> items = FXCollections.observableArrayList();
    private final ObservableList<HistoryItem> readOnly = FXCollections.unmodifiableObservableList(items);
    private final Runnable changed;
    private final Consumer<String> notice;
    private @Nullable ExploreUser user;

    /**
     * @param changed called after each edit (rescores)
     * @param notice  receives a note for the analyst (e.g. that the oldest behaviour dropped out)
     */
    HistoryEditor(Runnable changed, Consumer<String> notice) {
        this.changed = changed;
        this.notice = notice;
    }

    /** Shows {@code shown}'s real history (nothing for null), without calling back. */
    void load(@Nullable ExploreUser shown) {
        user = shown;
        items.setAll(shown == null ? List.of() : shown.history());
    }

    /** The behaviours, oldest first (read-only; use the edit methods). */
    public ObservableList<HistoryItem> items() {
        return readOnly;
    }

    /** Removes the behaviour at {@code position} (0-based, oldest first). */
    public void remove(int position) {
        if (position >= 0 && position < items.size()) {
            items.remove(position);
            changed.run();
        }
    }

    /**
     * Moves the behaviour at {@code from} to {@code to} (0-based, oldest first; clamped to the history). The time
     * stamps stay with the positions: a behaviour moved to the newest position takes the newest time, so the move
     * changes how recent it is (attention itself does not depend on the order, only on the time gaps).
     */
    public void move(int from, int to) {
        ExploreUser current = user;
        if (current == null || from < 0 || from >= items.size()) {
            return;
        }
        int target = Math.max(0, Math.min(items.size() - 1, to));
        if (target != from) {
            long[] times = items.stream().mapToLong(HistoryItem::timeStamp).toArray();
            items.add(target, items.remove(from));
            for (int p = 0; p < items.size(); p++) {
                HistoryItem item = items.get(p);
                items.set(p, new HistoryItem(times[p], item.cate(), item.brand(), item.btag(),
                        (current.contextTime() - times[p]) / 3600.0));
            }
            changed.run();
        }
    }

    /**
     * Adds a behaviour {@code age} before the context impression, in time order (the history stays oldest first).
     * When the history is full the oldest behaviour drops out, as it would in the data; a behaviour older than every
     * one of a full history would not be among the latest ones, so it is not added.
     *
     * @param cate  raw category id
     * @param brand raw brand id ({@code Vocabulary.MISSING} for none)
     * @param btag  behaviour type code: 1 pv, 2 cart, 3 fav, 4 buy
     * @param age   how long before the context impression
     */
    public void add(int cate, int brand, int btag, BehaviorAge age) {
        ExploreUser current = user;
        if (current == null) {
            return;
        }
        if (btag < 1 || btag > 4) {
            notice.accept("Behaviour type: expected 1 (pv), 2 (cart), 3 (fav) or 4 (buy), found " + btag + ".");
            return;
        }
        long time = current.contextTime() - age.seconds();
        boolean full = items.size() >= current.historyLength();
        if (full && !items.isEmpty() && time < items.get(0).timeStamp()) {
            notice.accept("The history holds the latest " + current.historyLength() + " behaviours and all of them "
                    + "are more recent than " + age + ": nothing added.");
            return;
        }
        if (full) {
            items.remove(0);
            notice.accept("The history holds " + current.historyLength()
                    + " behaviours: the oldest one dropped out.");
        }
        int position = items.size();
        while (position > 0 && items.get(position - 1).timeStamp() > time) {
            position--;
        }
        items.add(position, new HistoryItem(time, cate, brand, btag, age.seconds() / 3600.0));
        changed.run();
    }

    /**
     * Adds a behaviour typed by the analyst; a field that is not a whole number is reported, nothing is added.
     *
     * @param brandText empty for a behaviour without brand
     */
    public void add(String cateText, String brandText, int btag, BehaviorAge age) {
        Integer cate = UserSearch.wholeNumber("Category", cateText, notice);
        Integer brand = brandText.isBlank() ? Integer.valueOf(Vocabulary.MISSING)
                : UserSearch.wholeNumber("Brand", brandText, notice);
        if (cate != null && brand != null) {
            add(cate, brand, btag, age);
        }
    }

    /** Puts the user's real history back. */
    public void reset() {
        if (user != null) {
            items.setAll(user.history());
            changed.run();
        }
    }

    /** Whether the history differs from the user's real one. */
    public boolean edited() {
        return user != null && !items.equals(user.history());
    }
}
