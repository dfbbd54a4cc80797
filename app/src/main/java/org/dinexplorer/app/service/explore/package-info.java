/**
 * The Explore page's data: test users, candidate ads and their scores, what-if scoring, and the attention read-out
 * of one user against one ad.
 */
package org.dinexplorer.app.service.explore;
