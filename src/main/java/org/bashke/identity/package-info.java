/**
 * Accounts, roles with scopes, login with a second factor, invitations, password reset.
 * Its API: {@link org.bashke.identity.CurrentUser} and the {@link org.bashke.identity.Accounts} facade.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.identity;
