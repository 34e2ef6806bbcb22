/*  us_acts.pl -- which recognition statute each modelled US state follows.

    us_act(State, Act, From, To, Source, Status)
      Act  ufcmjra2005   Uniform Foreign-Country Money Judgments
                         Recognition Act (2005)
           ufmjra1962    Uniform Foreign Money-Judgments Recognition Act
                         (1962), as the state enacted it (New York: CPLR
                         art. 53 in its 1970 text; Florida: its own
                         Out-of-Country Act of 1994)
    A state with no act in force on a date recognises by comity.
    State 'US' is the common position of the states that adopted the 2005
    Act (case-format.md, "States").
*/
:- module(us_acts, [us_act/6]).

%!  us_act(?State, ?Act, ?From, ?To, ?Source, ?Status) is nondet.

us_act('US', ufcmjra2005, '2005-07-01', open, u1,
       unconfirmed("the common position is dated from the Act's promulgation by the Uniform Law Commission in 2005")).
us_act('US-NY', ufmjra1962, '1970-09-01', '2021-06-11', u4,
       unconfirmed("the date CPLR art. 53 took effect in 1970 is not confirmed")).
us_act('US-NY', ufcmjra2005, '2021-06-11', open, u5,
       unconfirmed("Chapter 127 of the Laws of 2021 was signed on 11 Jun 2021 and took effect immediately per one source")).
us_act('US-CA', ufmjra1962, '1968-01-01', '2008-01-01', u6,
       unconfirmed("California enacted the 1962 Act in 1967 (Code Civ. Proc. s. 1713 et seq.); the day it took effect is not confirmed")).
us_act('US-CA', ufcmjra2005, '2008-01-01', open, u6,
       unconfirmed("California's 2005 Act (Code Civ. Proc. s. 1713 et seq., as amended in 2007) from 1 Jan 2008 is not confirmed in the project's sources")).
us_act('US-FL', ufmjra1962, '1994-07-01', open, u9,
       unconfirmed("Florida's Uniform Out-of-Country Foreign Money-Judgment Recognition Act (ch. 94-239); the day it took effect is not confirmed")).
us_act('US-TX', ufmjra1962, '1985-09-01', '2017-06-01', u10,
       unconfirmed("the Texas Uniform Foreign Country Money-Judgment Recognition Act (CPRC ch. 36), effective 1 Sep 1985 per one source")).
us_act('US-TX', ufcmjra2005, '2017-06-01', open, u10, confirmed).
