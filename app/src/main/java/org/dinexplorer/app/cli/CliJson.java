package org.dinexplorer.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.app.service.runs.RunSummary;
import org.dinexplorer.app.service.training.KeptModel;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.model.eval.EvaluationResult;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunRecord;
import org.jspecify.annotations.Nullable;

/** JSON texts printed by the run commands; undefined metrics (NaN) are written as null. */
final class CliJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private CliJson() {
    }

    static String outcome(RunOutcome outcome, @Nullable Path copiedModel) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("run_id", outcome.runId());
        map.put("status", outcome.status().name());
        map.put("epochs_completed", outcome.epochsCompleted());
        map.put("validation", point(outcome.validation()));
        map.put("test", point(outcome.test()));
        map.put("model_file", outcome.modelFile() == null ? null : outcome.modelFile().toString());
        map.put("kept_model", kept(outcome.keptModel()));
        map.put("copied_model_file", copiedModel == null ? null : copiedModel.toString());
        map.put("message", outcome.message());
        return write(map);
    }

    static String metrics(EvaluationResult m, String split, Path modelFile) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("split", split);
        map.put("model_file", modelFile.toString());
        map.put("auc", number(m.auc()));
        map.put("gauc", number(m.gauc()));
        map.put("gauc_clicks", number(m.gaucClicks()));
        map.put("logloss", number(m.logLoss()));
        map.put("accuracy", number(m.accuracy()));
        map.put("n", m.sampleCount());
        map.put("users_in_gauc", m.usersInGauc());
        return write(map);
    }

    static String imported(long runId, Path modelFile, @Nullable EvaluationPoint validation,
                           @Nullable EvaluationPoint test) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("run_id", runId);
        map.put("model_file", modelFile.toString());
        map.put("validation", point(validation));
        map.put("test", point(test));
        return write(map);
    }

    static String runs(List<RunSummary> runs) {
        return write(runs.stream().map(CliJson::run).toList());
    }

    private static Map<String, Object> run(RunSummary summary) {
        RunRecord r = summary.run();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("run_id", r.runId());
        map.put("parent_run_id", r.parentRunId());
        map.put("name", r.name());
        map.put("model", r.modelVariant());
        map.put("status", r.status().name());
        map.put("epochs_completed", r.epochsCompleted());
        map.put("steps_completed", r.stepsCompleted());
        map.put("seed", r.seed());
        map.put("config_sha256", r.configSha256());
        map.put("data_fingerprint", r.dataFingerprint());
        map.put("created_at", r.createdAt().toString());
        map.put("finished_at", r.finishedAt() == null ? null : r.finishedAt().toString());
        map.put("validation", point(summary.validation()));
        map.put("test", point(summary.test()));
        map.put("message", r.failureMessage());
        map.put("notes", r.notes());
        return map;
    }

    private static @Nullable Map<String, Object> point(@Nullable EvaluationPoint p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("epoch", p.epoch());
        map.put("step", p.step());
        map.put("auc", number(p.auc()));
        map.put("gauc", number(p.gauc()));
        map.put("gauc_clicks", number(p.gaucClicks()));
        map.put("logloss", number(p.logLoss()));
        map.put("accuracy", number(p.accuracy()));
        map.put("n", p.sampleCount());
        map.put("users_in_gauc", p.usersInGauc());
        return map;
    }

    private static @Nullable Map<String, Object> kept(@Nullable KeptModel kept) {
        if (kept == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("epoch", kept.epoch());
        map.put("step", kept.step());
        map.put("earlier_than_last_step", kept.earlier());
        map.put("why", kept.description());
        return map;
    }

    private static @Nullable Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
