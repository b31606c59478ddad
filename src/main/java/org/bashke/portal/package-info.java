/**
 * The portal: news, events and pages with an editorial workflow, the hubs' news and events, and one
 * search over every public record of every module.
 *
 * <p>API for other modules: publish {@link org.bashke.portal.PublicRecordChanged} when one of your
 * public records appears, changes or disappears; the portal indexes it for {@code /search} (and
 * for the followers' digests, by type and hub). Add a {@link org.bashke.portal.HomeSection} bean for a
 * home block, and an {@link org.bashke.portal.OpenDataset} bean to be listed on {@code /open-data}.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.portal;
