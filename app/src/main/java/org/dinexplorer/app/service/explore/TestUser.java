package org.dinexplorer.app.service.explore;

/**
 * A user of the test split, as offered by the Explore page's user search.
 *
 * @param userId      raw user id
 * @param impressions impressions of the user on the test day
 * @param clicks      clicked impressions among them
 */
public record TestUser(int userId, int impressions, int clicks) {
}
