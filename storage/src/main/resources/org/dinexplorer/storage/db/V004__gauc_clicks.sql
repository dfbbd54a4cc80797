-- The DIN paper's second GAUC weighting: each user's AUC weighted by the user's clicks (gauc weighs by impressions).
-- Evaluations stored before this version have none (NULL, read back as NaN).
ALTER TABLE run_epochs ADD COLUMN gauc_clicks REAL;
