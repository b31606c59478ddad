package org.bashke.network.complaint.web;

/** A handling body and a handler to add. */
public class BodyForm {

    private String nameSq;
    private String nameSr;
    private String nameEn;
    private String email;

    public String getNameSq() {
        return nameSq;
    }

    public void setNameSq(String nameSq) {
        this.nameSq = nameSq;
    }

    public String getNameSr() {
        return nameSr;
    }

    public void setNameSr(String nameSr) {
        this.nameSr = nameSr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
