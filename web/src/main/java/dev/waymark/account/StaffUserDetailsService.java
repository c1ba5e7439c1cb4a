package dev.waymark.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Editors and admins as Spring Security sees them: roles become {@code ROLE_EDITOR} and {@code ROLE_ADMIN}. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final Users users;

    StaffUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        User user = users.find(username.strip()).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return org.springframework.security.core.userdetails.User.withUsername(user.username())
                .password(user.passwordHash())
                .roles(user.sortedRoles().stream().map(Role::name).toArray(String[]::new))
                .disabled(!user.enabled())
                .build();
    }
}
