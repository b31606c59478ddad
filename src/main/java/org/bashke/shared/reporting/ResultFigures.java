package org.bashke.shared.reporting;

import java.util.List;

/**
 * A module's contribution to the project's results framework (R1 to R4): each module that has something to
 * count declares one bean of this type; the reporting module collects every bean and shows the figures on the
 * public results dashboard. A module that is absent contributes nothing. Implementations read only their own
 * module's tables or facade and must be cheap (a few aggregate queries).
 */
public interface ResultFigures {

    /** The figures for the period, in any order (the dashboard sorts by result and order). */
    List<ResultFigure> figures(ResultPeriod period);
}
