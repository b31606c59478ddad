/**
 * Organisations (CSOs, institutions, municipalities, donors), the 7 regions and 38 municipalities,
 * the regional hubs. API: {@link org.bashke.directory.Directory} and the summary records beside it.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.directory;
