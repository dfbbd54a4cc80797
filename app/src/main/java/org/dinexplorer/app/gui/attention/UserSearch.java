package org.dinexplorer.app.gui.attention;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dinexplorer.app.service.explore.TestUser;
import org.jspecify.annotations.Nullable;

/** The user search of the Explore page: the users of the test day, the typed text and its suggestions. */
public final class UserSearch {

    private static final int SUGGESTIONS = 20;

    private final ObservableList<TestUser> users = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private int draws;

    /** Users of the test day by id. */
    public ObservableList<TestUser> users() {
        return users;
    }

    /** The text of the search field. */
    public StringProperty query() {
        return query;
    }

    /** Test users whose id starts with {@code prefix} (at most 20), for the field's suggestions. */
    public List<TestUser> suggestions(String prefix) {
        String text = prefix.strip();
        return users.stream().filter(u -> Integer.toString(u.userId()).startsWith(text)).limit(SUGGESTIONS)
                .toList();
    }

    /** The typed user id if it is a test user; otherwise null after telling {@code message} what is wrong. */
    @Nullable Integer typedUser(Consumer<String> message) {
        Integer id = wholeNumber("User id", query.get(), message);
        if (id != null && !users.isEmpty() && users.stream().noneMatch(u -> u.userId() == id)) {
            message.accept("User " + id + " has no impression on the test day.");
            return null;
        }
        return id;
    }

    /** The number of the next "random user" draw (0 for the first). */
    int nextDraw() {
        return draws++;
    }

    /** {@code text} as a whole number, or null after telling {@code message} what was expected. */
    static @Nullable Integer wholeNumber(String what, String text, Consumer<String> message) {
        try {
            Integer value = Integer.valueOf(text.strip());
            message.accept("");
            return value;
        } catch (NumberFormatException e) {
            message.accept(what + ": expected a whole number, found '" + text.strip() + "'.");
            return null;
        }
    }
}
