-- Kosovo's public holidays for 2025-2027 (Law No. 03/L-064 on official holidays). A holiday that falls
-- on a Saturday or Sunday is given as a day off on the next working day (observed_on); the dates of the
-- moving holidays (both Easters, both Bajrams) are announced each year and are entered here as announced.
CREATE TABLE calendar_holiday (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    holiday_date DATE NOT NULL,
    observed_on  DATE CHECK (observed_on > holiday_date),
    name_sq      TEXT NOT NULL,
    name_sr      TEXT NOT NULL,
    name_en      TEXT NOT NULL
);
CREATE INDEX calendar_holiday_date ON calendar_holiday (holiday_date);
CREATE INDEX calendar_holiday_observed ON calendar_holiday (observed_on);

INSERT INTO calendar_holiday (holiday_date, observed_on, name_sq, name_sr, name_en) VALUES
    (DATE '2025-01-01', NULL, 'Viti i Ri', 'Nova godina', 'New Year''s Day'),
    (DATE '2025-01-02', NULL, 'Viti i Ri (dita e dytë)', 'Nova godina (drugi dan)', 'New Year (second day)'),
    (DATE '2025-01-07', NULL, 'Krishtlindjet ortodokse', 'Pravoslavni Božić', 'Orthodox Christmas'),
    (DATE '2025-02-17', NULL, 'Dita e Pavarësisë së Republikës së Kosovës', 'Dan nezavisnosti Republike Kosovo', 'Independence Day of the Republic of Kosovo'),
    (DATE '2025-03-30', DATE '2025-03-31', 'Fitër Bajrami', 'Ramazanski Bajram', 'Eid al-Fitr (Fitër Bajram)'),
    (DATE '2025-04-09', NULL, 'Dita e Kushtetutës së Republikës së Kosovës', 'Dan Ustava Republike Kosovo', 'Constitution Day of the Republic of Kosovo'),
    (DATE '2025-04-21', NULL, 'E hëna e Pashkëve katolike', 'Uskršnji ponedeljak (katolički)', 'Catholic Easter Monday'),
    (DATE '2025-04-21', NULL, 'E hëna e Pashkëve ortodokse', 'Uskršnji ponedeljak (pravoslavni)', 'Orthodox Easter Monday'),
    (DATE '2025-05-01', NULL, 'Dita Ndërkombëtare e Punës', 'Međunarodni praznik rada', 'International Labour Day'),
    (DATE '2025-05-09', NULL, 'Dita e Evropës', 'Dan Evrope', 'Europe Day'),
    (DATE '2025-06-06', NULL, 'Kurban Bajrami', 'Kurban Bajram', 'Eid al-Adha (Kurban Bajram)'),
    (DATE '2025-12-25', NULL, 'Krishtlindjet katolike', 'Katolički Božić', 'Catholic Christmas'),
    (DATE '2026-01-01', NULL, 'Viti i Ri', 'Nova godina', 'New Year''s Day'),
    (DATE '2026-01-02', NULL, 'Viti i Ri (dita e dytë)', 'Nova godina (drugi dan)', 'New Year (second day)'),
    (DATE '2026-01-07', NULL, 'Krishtlindjet ortodokse', 'Pravoslavni Božić', 'Orthodox Christmas'),
    (DATE '2026-02-17', NULL, 'Dita e Pavarësisë së Republikës së Kosovës', 'Dan nezavisnosti Republike Kosovo', 'Independence Day of the Republic of Kosovo'),
    (DATE '2026-03-20', NULL, 'Fitër Bajrami', 'Ramazanski Bajram', 'Eid al-Fitr (Fitër Bajram)'),
    (DATE '2026-04-06', NULL, 'E hëna e Pashkëve katolike', 'Uskršnji ponedeljak (katolički)', 'Catholic Easter Monday'),
    (DATE '2026-04-09', NULL, 'Dita e Kushtetutës së Republikës së Kosovës', 'Dan Ustava Republike Kosovo', 'Constitution Day of the Republic of Kosovo'),
    (DATE '2026-04-13', NULL, 'E hëna e Pashkëve ortodokse', 'Uskršnji ponedeljak (pravoslavni)', 'Orthodox Easter Monday'),
    (DATE '2026-05-01', NULL, 'Dita Ndërkombëtare e Punës', 'Međunarodni praznik rada', 'International Labour Day'),
    (DATE '2026-05-09', DATE '2026-05-11', 'Dita e Evropës', 'Dan Evrope', 'Europe Day'),
    (DATE '2026-05-27', NULL, 'Kurban Bajrami', 'Kurban Bajram', 'Eid al-Adha (Kurban Bajram)'),
    (DATE '2026-12-25', NULL, 'Krishtlindjet katolike', 'Katolički Božić', 'Catholic Christmas'),
    (DATE '2027-01-01', NULL, 'Viti i Ri', 'Nova godina', 'New Year''s Day'),
    (DATE '2027-01-02', DATE '2027-01-04', 'Viti i Ri (dita e dytë)', 'Nova godina (drugi dan)', 'New Year (second day)'),
    (DATE '2027-01-07', NULL, 'Krishtlindjet ortodokse', 'Pravoslavni Božić', 'Orthodox Christmas'),
    (DATE '2027-02-17', NULL, 'Dita e Pavarësisë së Republikës së Kosovës', 'Dan nezavisnosti Republike Kosovo', 'Independence Day of the Republic of Kosovo'),
    (DATE '2027-03-09', NULL, 'Fitër Bajrami', 'Ramazanski Bajram', 'Eid al-Fitr (Fitër Bajram)'),
    (DATE '2027-03-29', NULL, 'E hëna e Pashkëve katolike', 'Uskršnji ponedeljak (katolički)', 'Catholic Easter Monday'),
    (DATE '2027-04-09', NULL, 'Dita e Kushtetutës së Republikës së Kosovës', 'Dan Ustava Republike Kosovo', 'Constitution Day of the Republic of Kosovo'),
    (DATE '2027-05-01', DATE '2027-05-04', 'Dita Ndërkombëtare e Punës', 'Međunarodni praznik rada', 'International Labour Day'),
    (DATE '2027-05-03', NULL, 'E hëna e Pashkëve ortodokse', 'Uskršnji ponedeljak (pravoslavni)', 'Orthodox Easter Monday'),
    (DATE '2027-05-09', DATE '2027-05-10', 'Dita e Evropës', 'Dan Evrope', 'Europe Day'),
    (DATE '2027-05-16', DATE '2027-05-17', 'Kurban Bajrami', 'Kurban Bajram', 'Eid al-Adha (Kurban Bajram)'),
    (DATE '2027-12-25', DATE '2027-12-27', 'Krishtlindjet katolike', 'Katolički Božić', 'Catholic Christmas');
