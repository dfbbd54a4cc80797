package org.dinexplorer.app.gui.attention;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.service.explore.CandidateAd;
import org.dinexplorer.app.service.explore.ExploreService;
import org.dinexplorer.app.service.explore.ExploreUser;
import org.dinexplorer.app.service.explore.TestUser;
import org.dinexplorer.app.service.export.HeatmapData;
import org.dinexplorer.app.service.runs.ModelChoice;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.samples.HistoryItem;
import org.jspecify.annotations.Nullable;

/**
 * State and actions of the Explore page: the model and user choice, the user's profile, impressions and (editable)
 * history, the scored candidate rows with bids and eCPM ranking, and the heatmap data. Every query runs through
 * {@link BackgroundReads}; a result that a newer edit has overtaken is dropped.
 */
public final class ExploreViewModel {

    /** Seed of "random user with clicks": the n-th draw gives the same user on the same training set. */
    public static final long RANDOM_USER_SEED = 20_170_513L;
    private static final int ADS_PER_CATEGORY = 5;

    private final ObservableValue<@Nullable Path> database;
    private final BackgroundReads reads;
    private final ExploreService service;
    private final Consumer<Throwable> errors;
    private final ObservableList<ModelChoice> models = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable ModelChoice> model = new SimpleObjectProperty<>();
    private final UserSearch search = new UserSearch();
    private final ReadOnlyObjectWrapper<@Nullable ExploreUser> user = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final HistoryEditor history = new HistoryEditor(this::rescore, message::set);
    private final CandidateTable table = new CandidateTable(history.items());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper("");
    private int generation;
    private @Nullable Long pendingRun;

    /**
     * @param database the open database
     * @param reads    runs the queries off the FX thread
     * @param service  the explore service
     * @param errors   shows failures
     */
    public ExploreViewModel(ObservableValue<@Nullable Path> database, BackgroundReads reads, ExploreService service,
                            Consumer<Throwable> errors) {
        this.database = database;
        this.reads = reads;
        this.service = service;
        this.errors = errors;
        database.addListener((observable, old, file) -> {
            clearUser();
            model.set(null);
            refresh();
        });
        model.addListener((observable, old, choice) -> rescore());
    }

    /**
     * Reloads the runs with a model file and the users of the test day (call it whenever the page is shown). Keeps
     * the user shown and the chosen model while it is listed; a run asked for by {@link #showRun} comes first. A
     * successful reload clears the message: it may still say what an earlier reload found missing (e.g. "no training
     * set has been built"), which a finished job has since built.
     */
    public void refresh() {
        Path file = database.getValue();
        if (file == null) {
            models.clear();
            search.users().clear();
            message.set("");
            return;
        }
        read(() -> new Choices(service.models(file), service.testUsers(file)), choices -> {
            message.set("");
            @Nullable ModelChoice kept = model.get();
            @Nullable Long wanted = pendingRun != null ? pendingRun : kept == null ? null : kept.runId();
            pendingRun = null;
            search.users().setAll(choices.users());
            models.setAll(choices.models());
            model.set(choices.models().stream().filter(m -> wanted != null && m.runId() == wanted).findFirst()
                    .orElse(ModelChoice.preferred(choices.models())));
            if (wanted != null && model.get() != null && model.get().runId() != wanted) {
                message.set("Run " + wanted + " has no model file to explore; showing run " + model.get().runId()
                        + ".");
            }
        });
    }

    /** Chooses the model of run {@code runId}, listing the runs again first if it is not listed yet. */
    public void showRun(long runId) {
        var listed = models.stream().filter(m -> m.runId() == runId).findFirst();
        if (listed.isPresent()) {
            model.set(listed.get());
        } else {
            pendingRun = runId;
            refresh();
        }
    }

    /** Opens the user typed in the search field; a non-number or a user without test impressions is a message. */
    public void openQuery() {
        Integer id = search.typedUser(message::set);
        if (id != null) {
            openUser(id);
        }
    }

    /** Opens a user with at least one click on the test day, the next one of a seeded sequence. */
    public void randomUser() {
        Path file = database.getValue();
        if (file == null) {
            return;
        }
        int draw = search.nextDraw();
        read(() -> service.randomUserWithClicks(file, RANDOM_USER_SEED, draw), found -> {
            if (found.isPresent()) {
                openUser(found.getAsInt());
            } else {
                message.set("No user clicked anything on the test day.");
            }
        });
    }

    /** Loads user {@code userId}: profile, impressions, history and candidates, then scores them. */
    public void openUser(int userId) {
        Path file = database.getValue();
        if (file == null) {
            return;
        }
        search.query().set(Integer.toString(userId));
        message.set("");
        read(() -> service.explore(file, userId), explored -> {
            user.set(explored);
            history.load(explored);
            table.setAll(explored.candidates());
            rescore();
        });
    }

    /** Adds the training ad with the typed id as a candidate. */
    public void addAd(String idText) {
        addAds(idText, "Ad id", (file, id) -> service.findAd(file, id).map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("Ad " + id + " occurs in no training impression.")));
    }

    /** Adds up to five training ads of the typed category as candidates. */
    public void addCategory(String cateText) {
        addAds(cateText, "Category id", (file, cate) -> {
            List<CandidateAd> found = service.adsOfCategory(file, cate, ADS_PER_CATEGORY);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("No training ad has category " + cate + ".");
            }
            return found;
        });
    }

    private void addAds(String text, String what, AdLookup lookup) {
        Path file = database.getValue();
        if (file == null || user.get() == null) {
            return;
        }
        Integer id = UserSearch.wholeNumber(what, text, message::set);
        if (id == null) {
            return;
        }
        read(() -> lookup.find(file, id), found -> {
            message.set(table.add(found) == 0 ? "Already a candidate." : "");
            rescore();
        });
    }

    /** Scores the candidates with the current (edited) history and model; an older pending result is dropped. */
    void rescore() {
        Path file = database.getValue();
        ExploreUser current = user.get();
        ModelChoice choice = model.get();
        if (file == null || current == null || choice == null || table.rows().isEmpty()) {
            return;
        }
        int ticket = ++generation;
        List<HistoryItem> edited = List.copyOf(history.items());
        List<CandidateRow> scoredRows = List.copyOf(table.rows());
        List<CandidateAd> ads = scoredRows.stream().map(CandidateRow::ad).toList();
        read(() -> service.score(file, choice.file(), current, edited, ads), result -> {
            if (ticket != generation) {
                return;
            }
            timing.set(String.format(Locale.ROOT, "Scored %d ads × %d behaviours, and each ad without each "
                    + "behaviour, in %.1f ms", ads.size(), edited.size(), result.elapsedNanos() / 1e6));
            table.apply(scoredRows, result);
        });
    }

    private void clearUser() {
        generation++;
        user.set(null);
        history.load(null);
        table.clear();
    }

    private <T> void read(java.util.concurrent.Callable<T> query, Consumer<T> onResult) {
        busy.set(true);
        reads.read(query, result -> {
            busy.set(false);
            onResult.accept(result);
        }, error -> {
            busy.set(false);
            if (error instanceof IllegalArgumentException // a wrong id or number the analyst typed
                    || error instanceof StorageException) { // e.g. no training set yet: the page says what to do
                message.set(error.getMessage());
            } else {
                errors.accept(error);
            }
        });
    }

    /** The heatmap as data, rows in the current order (for drawing and export). */
    public HeatmapData heatmap() {
        ExploreUser current = user.get();
        ModelChoice choice = model.get();
        return table.heatmap(current == null ? "Attention" : String.format(Locale.ROOT,
                "Attention of candidate ads over user %d's history (%s)", current.userId(),
                choice == null ? "no model" : "run " + choice.runId()));
    }

    /** Runs with a model file, newest first. */
    public ObservableList<ModelChoice> models() {
        return models;
    }

    /** The chosen model; changing it rescores. */
    public ObjectProperty<@Nullable ModelChoice> model() {
        return model;
    }

    /** The user search: test users, typed text, suggestions. */
    public UserSearch search() {
        return search;
    }

    /** The user shown, or null. */
    public ReadOnlyObjectProperty<@Nullable ExploreUser> user() {
        return user.getReadOnlyProperty();
    }

    /** The what-if history, oldest first, with its edit actions. */
    public HistoryEditor history() {
        return history;
    }

    /** The candidate ads with scores, bids and ranks. */
    public CandidateTable table() {
        return table;
    }

    /** True while a query runs. */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** A message about the last input (a bad id, a dropped behaviour), or empty. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** How long the last scoring took. */
    public ReadOnlyStringProperty timing() {
        return timing.getReadOnlyProperty();
    }

    /** Looks ads up by a number the user typed. */
    @FunctionalInterface
    private interface AdLookup {
        List<CandidateAd> find(Path database, int id);
    }

    /** What {@link #refresh()} reads. */
    private record Choices(List<ModelChoice> models, List<TestUser> users) {
    }
}
