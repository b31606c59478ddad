package org.bashke.identity.web;

import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page (error pages included) the {@code currentUser} the frame reads: null for visitors
 * and for someone still owing the second factor.
 */
@ControllerAdvice
class CurrentUserAdvice {

    /** What the page frame shows of the person logged in. */
    public static final class CurrentUserView {
        private final String displayName;
        private final String email;
        private final boolean staff;
        private final boolean admin;
        private final boolean officer;

        CurrentUserView(String displayName, String email, boolean staff, boolean admin, boolean officer) {
            this.displayName = displayName;
            this.email = email;
            this.staff = staff;
            this.admin = admin;
            this.officer = officer;
        }

        public String getDisplayName() { return displayName; }
        public String getEmail() { return email; }
        /**
         * Sees the back office (/admin): the secretariat and admins. Officers and hub coordinators get
         * their own workspaces with the modules that give them work (monitoring, consultations, portal).
         */
        public boolean isStaff() { return staff; }
        public boolean isAdmin() { return admin; }
        /** Acts for a public institution (or the secretariat): sees the institution's work, e.g. consultations to run. */
        public boolean isOfficer() { return officer; }
    }

    private final CurrentUser currentUser;

    CurrentUserAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("currentUser")
    CurrentUserView currentUser() {
        return currentUser.get().map(u -> new CurrentUserView(u.displayName(), u.email(),
                currentUser.has(Role.SECRETARIAT),
                currentUser.has(Role.ADMIN),
                currentUser.has(Role.GOVERNMENT_OFFICER) || currentUser.has(Role.SECRETARIAT))).orElse(null);
    }
}
