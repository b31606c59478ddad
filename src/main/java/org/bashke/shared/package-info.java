/**
 * The small vocabulary every module shares: localized content, Serbian script, roles and the
 * contract by which each module declares who may reach its routes.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.bashke.shared;
