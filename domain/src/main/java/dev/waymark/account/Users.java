package dev.waymark.account;

import java.util.List;
import java.util.Optional;

/** Where editor and admin accounts are kept. Implemented in the db module. */
public interface Users {

    /**
     * Stores a new user (version 0).
     *
     * @return the stored user, version 1
     * @throws UsernameTakenException when the username exists; nothing is written
     */
    User add(User user);

    /**
     * Stores a changed user carrying the version it was loaded with.
     *
     * @return the stored user with the next version
     * @throws StaleUserException when someone else changed the user since, or it no longer exists; nothing is written
     */
    User update(User user);

    Optional<User> find(String username);

    /** Users by username, {@code offset} and {@code limit} for paging. */
    List<User> list(int offset, int limit);

    long count();

    /** How many enabled users have the ADMIN role. */
    long countEnabledAdmins();
}
