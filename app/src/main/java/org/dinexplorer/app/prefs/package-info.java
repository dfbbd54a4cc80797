/** UI preferences kept between sessions (last database, window bounds, theme); never training settings. */
package org.dinexplorer.app.prefs;
