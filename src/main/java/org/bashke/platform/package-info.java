/**
 * What runs under every module: the embedded database, languages and scripts, the page frame,
 * error pages, the home page. No module calls into it; it serves them all.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.platform;
