package dev.waymark.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Users in a map, for tests of code that only needs the repository's contract. */
final class InMemoryUsers implements Users {

    private final Map<String, User> users = new TreeMap<>();

    @Override
    public synchronized User add(User user) {
        if (users.containsKey(user.username())) {
            throw new UsernameTakenException(user.username());
        }
        User stored = new User(user.username(), user.displayName(), user.roles(), user.passwordHash(), user.enabled(), 1);
        users.put(user.username(), stored);
        return stored;
    }

    @Override
    public synchronized User update(User user) {
        User current = users.get(user.username());
        if (current == null || current.version() != user.version()) {
            throw new StaleUserException(user.username(), user.version());
        }
        User stored = new User(user.username(), user.displayName(), user.roles(), user.passwordHash(), user.enabled(),
                user.version() + 1);
        users.put(user.username(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<User> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public synchronized List<User> list(int offset, int limit) {
        return new ArrayList<>(users.values()).stream().sorted(Comparator.comparing(User::username))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized long count() {
        return users.size();
    }

    @Override
    public synchronized long countEnabledAdmins() {
        return users.values().stream().filter(user -> user.enabled() && user.isAdmin()).count();
    }
}
