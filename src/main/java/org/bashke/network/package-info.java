/**
 * CiviKos itself (activity 4 of the project): member organisations and membership applications, the Assembly
 * and the Board (bodies of the council module), the code of conduct and the rules of work in versions with
 * acceptance and complaints, positions (draft, member consultation, adoption), the representation register
 * with report-back, bulletins to members and the internship programme.
 * API: {@link org.bashke.network.Network} and the events in this package.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.network;
