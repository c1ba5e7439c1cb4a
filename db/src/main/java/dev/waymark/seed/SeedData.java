package dev.waymark.seed;

import dev.waymark.base.DomainJson;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.StaleGuideException;
import dev.waymark.operator.Operator;
import dev.waymark.operator.Operators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The operators and published guides Waymark starts with, read from {@code seed/} on the class path:
 * {@code operators.json} and the guide files listed in {@code guides/index.json}. A seed file that
 * does not pass the domain's checks stops the load with the file's name and the reason.
 */
@Component
public class SeedData {

    /** Who seed revisions are attributed to. */
    public static final String AUTHOR = "waymark";

    private static final Logger log = LoggerFactory.getLogger(SeedData.class);

    private final Guides guides;
    private final Operators operators;
    private final TransactionOperations transactions;
    private final @Nullable SeedPictureStore pictureStore;
    /** The pictures stored so far, by file: stored once per start however often the guides are read. */
    private @Nullable SeedPictures storing;

    /** Seed data whose pictures are named but not stored (see {@link SeedPictureStore}). */
    public SeedData(Guides guides, Operators operators, TransactionOperations transactions) {
        this(guides, operators, transactions, (SeedPictureStore) null);
    }

    /** @param pictureStore keeps the seed guides' pictures; null to name them without storing them */
    public SeedData(Guides guides, Operators operators, TransactionOperations transactions,
                    @Nullable SeedPictureStore pictureStore) {
        this.guides = guides;
        this.operators = operators;
        this.transactions = transactions;
        this.pictureStore = pictureStore;
    }

    @Autowired
    SeedData(Guides guides, Operators operators, TransactionOperations transactions,
             ObjectProvider<SeedPictureStore> pictureStore) {
        this(guides, operators, transactions, pictureStore.getIfAvailable());
    }

    /** Every seed operator, as shipped. */
    public static List<Operator> operators() {
        return read("seed/operators.json", new TypeReference<List<Operator>>() { });
    }

    /**
     * Every seed guide, as shipped, each picture named by its file's own hash and size (see {@link SeedPictures}):
     * for reading the seed files; what is loaded names the stored pictures instead.
     */
    public static List<SeedGuide> guides() {
        return guides(SeedPictures.unstored());
    }

    /** The seed guides as this loader stores them: with the pictures the store keeps, when there is one. */
    private List<SeedGuide> guidesToStore() {
        if (pictureStore == null) {
            return guides();
        }
        if (storing == null) {
            storing = new SeedPictures(pictureStore::store);
        }
        return guides(storing);
    }

    private static List<SeedGuide> guides(SeedPictures pictures) {
        List<SeedGuide> result = new ArrayList<>();
        for (String file : read("seed/guides/index.json", new TypeReference<List<String>>() { })) {
            String resource = "seed/guides/" + file;
            JsonNode tree = read(resource, new TypeReference<JsonNode>() { });
            try {
                pictures.resolve(tree);
                result.add(DomainJson.mapper().treeToValue(tree, SeedGuide.class));
            } catch (RuntimeException e) {
                throw new IllegalStateException("seed file " + resource + " is not valid: " + e.getMessage(), e);
            }
        }
        return result;
    }

    /**
     * Loads the operators and publishes the seed guides when the database holds no guide yet, all in
     * one transaction. Returns how many guides were loaded (0 when there were guides already).
     */
    public int loadIfEmpty() {
        Integer loaded = transactions.execute(status -> {
            if (guides.count() > 0) {
                return 0;
            }
            operators().forEach(operators::save);
            List<SeedGuide> seeds = guidesToStore();
            for (SeedGuide seed : seeds) {
                Guide draft = guides.save(Guide.draft(GuideId.random(), seed.slug(), seed.content()), AUTHOR,
                        "Written from " + seed.basedOn() + ", facts corrected from shared/content");
                guides.save(draft.publish(), AUTHOR, "Published seed guide");
            }
            return seeds.size();
        });
        int count = loaded == null ? 0 : loaded;
        if (count > 0) {
            log.info("Loaded {} seed guides into the empty database", count);
        }
        return count;
    }

    /**
     * Brings the seed guides nobody has touched up to the shipped content, so that corrections to the seed
     * files (such as every statement's kind: sourced, unverified or general advice) reach databases seeded by
     * an older version. A guide is brought up to date only when it is published, every one of its revisions
     * was written by the seed loader, and its content differs from the shipped one; it then gets the shipped
     * content as a new published revision. A guide an editor has saved is never changed. Returns how many
     * guides were brought up to date.
     */
    public int refreshUntouched() {
        int refreshed = 0;
        for (SeedGuide seed : guidesToStore()) {
            try {
                Boolean done = transactions.execute(status -> refresh(seed));
                if (Boolean.TRUE.equals(done)) {
                    refreshed++;
                }
            } catch (StaleGuideException otherInstance) {
                // Another instance starting at the same moment got there first.
                log.info("Seed guide {} was brought up to date by another instance", seed.slug());
            }
        }
        if (refreshed > 0) {
            log.info("Brought {} untouched seed guides up to the shipped content", refreshed);
        }
        return refreshed;
    }

    private boolean refresh(SeedGuide seed) {
        Guide stored = guides.findBySlug(seed.slug()).orElse(null);
        if (stored == null || stored.status() != GuideStatus.PUBLISHED || stored.content().equals(seed.content())
                || !guides.revisions(stored.id()).stream().allMatch(revision -> AUTHOR.equals(revision.author()))) {
            return false;
        }
        Guide draft = guides.save(stored.edit(seed.content()), AUTHOR,
                "Seed guide brought up to date from " + seed.basedOn() + ": every statement sourced, unverified or"
                        + " general advice; facts corrected from shared/content");
        guides.save(draft.publish(), AUTHOR, "Published updated seed guide");
        return true;
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = SeedData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed file " + resource + " is missing from the class path");
            }
            return DomainJson.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read seed file " + resource, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("seed file " + resource + " is not valid: " + e.getMessage(), e);
        }
    }
}
