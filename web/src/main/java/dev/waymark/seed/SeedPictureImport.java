package dev.waymark.seed;

import dev.waymark.picture.PictureHash;
import dev.waymark.picture.PictureService;
import dev.waymark.picture.StoredPicture;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps the seed guides' pictures as ordinary pictures: through the same checks and re-encoding as an import, on
 * behalf of the seed author (the seed loader runs at start-up, with nobody signed in).
 */
@Component
class SeedPictureImport implements SeedPictureStore {

    private final PictureService pictures;

    SeedPictureImport(PictureService pictures) {
        this.pictures = pictures;
    }

    /**
     * The seed files are kept as the picture pipeline's own masters (re-encoding one gives the same bytes), so a file
     * already stored is found by its hash and nothing is decoded at start-up; any other file goes through the pipeline.
     */
    @Override
    public StoredPicture store(String file, byte[] bytes) {
        Optional<StoredPicture> kept = pictures.find(PictureHash.of(bytes));
        if (kept.isPresent()) {
            return kept.get();
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext seeding = SecurityContextHolder.createEmptyContext();
        seeding.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SeedData.AUTHOR, null,
                AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
        SecurityContextHolder.setContext(seeding);
        try {
            return pictures.importMaster(bytes);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
