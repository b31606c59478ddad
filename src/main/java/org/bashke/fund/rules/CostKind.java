package org.bashke.fund.rules;

/** What a claim line pays for. */
public enum CostKind {
    /** Travel by car: kilometres (there and back) at the per-km rate. */
    CAR,
    /** Public-transport tickets: the actual price, with the receipt. */
    TICKET,
    /** Nights: actual price up to the cap per night, only for meetings over days or far away. */
    ACCOMMODATION,
    /** Meals / per diem: up to the cap per day of the meeting. */
    MEALS,
    /** Anything else, with a justification and a receipt, up to the cap for other costs. */
    OTHER;

    public boolean needsReceipt() {
        return this != CAR && this != MEALS;
    }
}
