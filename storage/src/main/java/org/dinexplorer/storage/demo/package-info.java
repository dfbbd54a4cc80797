/**
 * Demo data: writes synthetic Taobao display-ad logs (raw_sample, ad_feature, user_profile, behavior_log) in the
 * genuine file format, with a planted click model whose true probabilities go to a side file, and optionally with
 * injected bad rows listed in a manifest. It writes files only; it knows nothing of the database, the model or the app.
 */
package org.dinexplorer.storage.demo;
