package org.dinexplorer.model.bench;

/** Vocabulary sizes of synthetic data. */
public enum VocabPreset {
    /** 20 k users, 20 k ads, 500 categories, 5 k brands, 10 k campaigns, 5 k customers. */
    DEMO(20_000, 20_000, 500, 5_000, 10_000, 5_000),
    /** The sizes of the public Taobao display-ad data set (1.14 M users, 847 k ads, 13 k categories, ...). */
    TAOBAO(1_141_729, 846_811, 12_977, 461_527, 423_436, 255_875);

    private final int users;
    private final int ads;
    private final int categories;
    private final int brands;
    private final int campaigns;
    private final int customers;

    VocabPreset(int users, int ads, int categories, int brands, int campaigns, int customers) {
        this.users = users;
        this.ads = ads;
        this.categories = categories;
        this.brands = brands;
        this.campaigns = campaigns;
        this.customers = customers;
    }

    /** Distinct users (the table adds 2 rows for padding and unknown). */
    public int users() {
        return users;
    }

    /** Distinct ads. */
    public int ads() {
        return ads;
    }

    /** Distinct categories. */
    public int categories() {
        return categories;
    }

    /** Distinct brands. */
    public int brands() {
        return brands;
    }

    /** Distinct campaigns. */
    public int campaigns() {
        return campaigns;
    }

    /** Distinct customers. */
    public int customers() {
        return customers;
    }
}
